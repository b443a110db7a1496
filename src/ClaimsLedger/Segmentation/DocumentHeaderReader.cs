using System.Text.RegularExpressions;

namespace ClaimsLedger.Segmentation;

/// <summary>
/// Reads what the head of a document says about it. Title: the first non-empty line, trimmed, without leading junk
/// symbols. Event date: the first date written in the head (first <see cref="HeadLines"/> non-empty lines, at most
/// <see cref="HeadChars"/> characters); a date without a year takes the year written in the title, else the nearest
/// year in the head. Published date: a later, different date on a "Published:"/"Updated:"-style line or on a line of
/// its own; when the first date is itself marked as publication and a later date follows, that later date is the event.
/// </summary>
public static partial class DocumentHeaderReader
{
    public const int HeadLines = 15;
    public const int HeadChars = 2000;
    public const int MaxTitleLength = 300;

    /// <summary>A standalone date line may carry this many characters besides the date ("Updated: ", " 10:13 BJT").</summary>
    private const int DateLineSlack = 24;

    [GeneratedRegex(
        @"\b(?:Published|Posted|Updated|Released?|Publication\s+date|Last\s+modified|Date)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 5000)]
    private static partial Regex PublicationKeyword { get; }

    public static DocumentHeader Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = ReadTitle(text);
        var head = Head(text);
        List<HeaderDate> dates;
        try
        {
            dates = ResolveDates(head, title);
        }
        catch (RegexMatchTimeoutException)
        {
            return new DocumentHeader(title, null, null); // a head built to stall the date patterns: no date, never a hang
        }

        if (dates.Count == 0)
        {
            return new DocumentHeader(title, null, null);
        }

        var first = dates[0];
        if (first.IsPublication && dates.Skip(1).FirstOrDefault(d => !d.IsPublication && d.Date != first.Date) is { } eventDate)
        {
            return new DocumentHeader(title, eventDate.Date, first.Date);
        }
        DateOnly? published = first.IsPublication
            ? first.Date
            : dates.Skip(1).FirstOrDefault(d => d.Date != first.Date && (d.IsPublication || d.IsOwnLine))?.Date;
        return new DocumentHeader(title, first.Date, published);
    }

    /// <summary>First non-empty line, trimmed, leading symbols removed ("ㄑ Title" gives "Title"), at most 300 chars.</summary>
    internal static string? ReadTitle(string text)
    {
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            var content = TextChars.Trim(text.AsSpan(lineStart, lineEnd - lineStart));
            lineStart = lineEnd + 1;
            if (content.IsEmpty)
            {
                continue;
            }
            int k = 0;
            while (k < content.Length && !StartsTitle(content[k]))
            {
                k++;
            }
            var title = k < content.Length ? content[k..] : content;
            return Shorten(title).ToString();
        }
        return null;
    }

    /// <summary>Latin letters, digits and opening quotes start a title; other symbols and scripts before them are junk.</summary>
    private static bool StartsTitle(char c) =>
        (char.IsLetterOrDigit(c) && c < '\u0250') || TextChars.IsOpeningMark(c) || c == '\u00BF' || c == '\u00A1';

    private static ReadOnlySpan<char> Shorten(ReadOnlySpan<char> title)
    {
        if (title.Length <= MaxTitleLength)
        {
            return title;
        }
        int cut = title[..MaxTitleLength].LastIndexOf(' ');
        return TextChars.Trim(title[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength)]);
    }

    private static string Head(string text)
    {
        int limit = Math.Min(text.Length, HeadChars);
        int nonBlank = 0;
        foreach (var line in TextLine.Scan(text.Substring(0, limit)))
        {
            if (!line.IsBlank && ++nonBlank == HeadLines)
            {
                return text.Substring(0, line.End);
            }
        }
        return text.Substring(0, limit);
    }

    private sealed record HeaderDate(DateOnly Date, bool IsPublication, bool IsOwnLine);

    private static List<HeaderDate> ResolveDates(string head, string? title)
    {
        var titleYear = title is null ? null : DateMentionFinder.FindYears(title).Select(y => (int?)y.Year).FirstOrDefault();
        var headYears = DateMentionFinder.FindYears(head).ToList();
        var dates = new List<HeaderDate>();
        foreach (var mention in DateMentionFinder.FindAll(head))
        {
            int? year = mention.Year ?? titleYear ?? NearestYear(headYears, mention.Index);
            if (year is null || DateMentionFinder.ToDate(mention, year.Value) is not { } date)
            {
                continue;
            }
            var (lineStart, lineEnd) = LineAround(head, mention.Index);
            var before = head.AsSpan(lineStart, mention.Index - lineStart);
            bool isPublication = PublicationKeyword.IsMatch(before);
            var line = TextChars.Trim(head.AsSpan(lineStart, lineEnd - lineStart));
            bool isOwnLine = line.Length - mention.Length <= DateLineSlack;
            dates.Add(new HeaderDate(date, isPublication, isOwnLine));
        }
        return dates;
    }

    private static int? NearestYear(List<(int Index, int Year)> years, int at) =>
        years.Count == 0 ? null : years.MinBy(y => Math.Abs(y.Index - at)).Year;

    private static (int Start, int End) LineAround(string text, int at)
    {
        int start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        int end = text.IndexOf('\n', at);
        return (start, end < 0 ? text.Length : end);
    }
}
