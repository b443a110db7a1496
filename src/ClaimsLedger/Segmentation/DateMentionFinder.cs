using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Segmentation;

/// <summary>
/// Finds written dates: "Aug. 19, 2022", "Sept 6 2022", "September 6, 2022", "19 August 2022", "2022-08-19",
/// "2022/8/19", and year-less "November 26" / "26 November". Month names are matched capitalised or in capitals.
/// </summary>
internal static partial class DateMentionFinder
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ];

    /// <summary>
    /// Full names before abbreviations, each capitalised ("Sept") or in capitals ("SEPT"), written out so the patterns
    /// are constants the regex source generator compiles ahead of time (a RegexOptions.Compiled regex is compiled at run
    /// time, in every process that reads a header).
    /// </summary>
    internal const string MonthPattern =
        "January|JANUARY|February|FEBRUARY|March|MARCH|April|APRIL|May|MAY|June|JUNE|July|JULY|August|AUGUST|"
        + "September|SEPTEMBER|October|OCTOBER|November|NOVEMBER|December|DECEMBER|"
        + "Jan|JAN|Feb|FEB|Mar|MAR|Apr|APR|Jun|JUN|Jul|JUL|Aug|AUG|Sept|SEPT|Sep|SEP|Oct|OCT|Nov|NOV|Dec|DEC";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const int TimeoutMilliseconds = 5000;

    [GeneratedRegex(
        $@"\b(?<month>{MonthPattern})\.?[ \t\u00A0]+(?<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,[ \t\u00A0]*|[ \t\u00A0]+)(?<year>(?:19|20)\d\d)\b",
        Options, TimeoutMilliseconds)]
    private static partial Regex MonthDayYear { get; }

    [GeneratedRegex(
        $@"\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t\u00A0]+)?(?<month>{MonthPattern})\.?,?[ \t\u00A0]+(?<year>(?:19|20)\d\d)\b",
        Options, TimeoutMilliseconds)]
    private static partial Regex DayMonthYear { get; }

    [GeneratedRegex(
        @"(?<![\d.])(?<year>(?:19|20)\d\d)(?<sep>[-/.])(?<monthNumber>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d])",
        Options, TimeoutMilliseconds)]
    private static partial Regex IsoDate { get; }

    [GeneratedRegex(
        $@"\b(?<month>{MonthPattern})\.?[ \t\u00A0]+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![ \t\u00A0]*,?[ \t\u00A0]*\d)",
        Options, TimeoutMilliseconds)]
    private static partial Regex MonthDay { get; }

    [GeneratedRegex(
        $@"\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t\u00A0]+)?(?<month>{MonthPattern})\b(?![.,]?[ \t\u00A0]*\d)",
        Options, TimeoutMilliseconds)]
    private static partial Regex DayMonth { get; }

    [GeneratedRegex(@"(?<![\d.,])(?<year>(?:19|20)\d\d)(?![\d.,]\d)", Options, TimeoutMilliseconds)]
    private static partial Regex FourDigitYear { get; }

    /// <summary>All valid date mentions in the text, ordered by position; at one position the fullest wins.</summary>
    public static List<DateMention> FindAll(string text)
    {
        var mentions = new List<DateMention>();
        Collect(MonthDayYear, text, mentions, hasYear: true);
        Collect(DayMonthYear, text, mentions, hasYear: true);
        Collect(IsoDate, text, mentions, hasYear: true);
        Collect(MonthDay, text, mentions, hasYear: false);
        Collect(DayMonth, text, mentions, hasYear: false);
        mentions.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var result = new List<DateMention>();
        int coveredUntil = -1;
        foreach (var mention in mentions)
        {
            if (mention.Index >= coveredUntil)
            {
                result.Add(mention);
                coveredUntil = mention.Index + mention.Length;
            }
        }
        return result;
    }

    /// <summary>Four-digit years (1900-2099) written in the text, with their offsets.</summary>
    public static IEnumerable<(int Index, int Year)> FindYears(string text)
    {
        foreach (Match m in FourDigitYear.Matches(text))
        {
            yield return (m.Index, int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The date a mention names in the given year, or null when it is not a calendar date (Feb 30).</summary>
    public static DateOnly? ToDate(DateMention mention, int year) =>
        mention.Day <= DateTime.DaysInMonth(year, mention.Month) ? new DateOnly(year, mention.Month, mention.Day) : null;

    private static void Collect(Regex regex, string text, List<DateMention> mentions, bool hasYear)
    {
        foreach (Match m in regex.Matches(text))
        {
            int month = m.Groups["month"].Success
                ? MonthNumber(m.Groups["month"].Value)
                : int.Parse(m.Groups["monthNumber"].ValueSpan, CultureInfo.InvariantCulture);
            int day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            int? year = hasYear ? int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
            if (month is < 1 or > 12 || day is < 1 or > 31)
            {
                continue;
            }
            mentions.Add(new DateMention(m.Index, m.Length, month, day, year));
        }
    }

    private static int MonthNumber(string name)
    {
        var prefix = name.AsSpan(0, 3);
        for (int k = 0; k < MonthNames.Length; k++)
        {
            if (prefix.Equals(MonthNames[k].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                return k + 1;
            }
        }
        throw new InvalidOperationException($"not a month name: {name}");
    }
}
