using System.Collections;
using System.Globalization;
using Microsoft.Recognizers.Text;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Runs the DateTime model over one sentence, with relative expressions ("this year", "in July") resolved against the
/// event date, never today. Where a resolution is ambiguous (a month with no year), the reading at or before the event
/// date is taken: a transcript reports what has happened.
/// </summary>
public sealed partial class DateReader(RecognizerModels models)
{
    public IReadOnlyList<DateSpan> Read(string sentence, DateOnly? eventDate)
    {
        var reference = (eventDate ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToDateTime(TimeOnly.MinValue);
        var list = new List<DateSpan>();
        foreach (var result in models.DateTime.Parse(sentence, reference))
        {
            var span = RecognizedSpan.From(result);
            var values = (result.Resolution?.TryGetValue("values", out var v) == true ? v as IList : null)?
                .OfType<Dictionary<string, string>>().ToList() ?? [];
            var chosen = Choose(values, eventDate);
            var (from, to) = chosen is null ? (null, null) : Bounds(chosen);
            var relative = chosen?.GetValueOrDefault("timex")?.Contains('X', StringComparison.Ordinal) == true
                || IsRelative(sentence[span.Start..span.End]);
            if (eventDate is null && relative)
            {
                (from, to) = (null, null);
            }

            if (from is { } first && MonthToMonth(sentence[span.Start..span.End], chosen?.GetValueOrDefault("timex")) is { } months)
            {
                to = first.AddMonths(months + 1).AddDays(-1); // "April-June": to the end of June, not the start
            }

            list.Add(new DateSpan(span.Start, span.End, result.TypeName, chosen?.GetValueOrDefault("timex"),
                chosen?.GetValueOrDefault("Mod"), from, to));
        }

        return list;
    }

    /// <summary>
    /// The dates with those that swallowed the start of a figure read again from their own words: "By the end of June,
    /// 1.05 billion people" is read by the model as "June 1, 2005", taking the figure's digits for a day and a year.
    /// </summary>
    public IReadOnlyList<DateSpan> WithoutFigures(string sentence, IReadOnlyList<DateSpan> dates, IReadOnlyList<Figure> figures,
        DateOnly? eventDate)
    {
        if (!dates.Any(d => figures.Any(f => Swallows(d, f))))
        {
            return dates;
        }

        var list = new List<DateSpan>();
        foreach (var d in dates)
        {
            if (figures.FirstOrDefault(f => Swallows(d, f)) is { } figure)
            {
                list.AddRange(Read(sentence[..figure.Start], eventDate).Where(r => r.Start >= d.Start));
            }
            else
            {
                list.Add(d);
            }
        }

        return list;
    }

    private static bool Swallows(DateSpan date, Figure figure) =>
        date.Start < figure.Start && figure.Start < date.End && date.End < figure.End;

    private static bool IsRelative(string text) =>
        text.Contains("this", StringComparison.OrdinalIgnoreCase) || text.Contains("last", StringComparison.OrdinalIgnoreCase)
        || text.Contains("next", StringComparison.OrdinalIgnoreCase) || text.Contains("today", StringComparison.OrdinalIgnoreCase)
        || text.Contains("now", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string>? Choose(List<Dictionary<string, string>> values, DateOnly? eventDate)
    {
        if (values.Count <= 1 || eventDate is null)
        {
            return values.FirstOrDefault();
        }

        return values.LastOrDefault(v => Bounds(v).From is { } f && f <= eventDate) ?? values[0];
    }

    /// <summary>"April-June", "January to March": a range of whole months, whose timex counts the months between the
    /// first days ("P2M"); null for any other expression.</summary>
    private static int? MonthToMonth(string words, string? timex) =>
        timex is not null && MonthRange().IsMatch(words) && RangeMonths().Match(timex) is { Success: true } m
            ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b" + PhrasePatterns.Month + @"\.?\s*(?:-|\u2013|to|through|until)\s*" + PhrasePatterns.Month + @"\.?(?:\s+(?:19|20)\d\d)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MonthRange();

    [System.Text.RegularExpressions.GeneratedRegex(@",P(?<n>\d{1,2})M\)$")]
    private static partial System.Text.RegularExpressions.Regex RangeMonths();

    /// <summary>First and last day (inclusive) of a resolution; the model's range ends are exclusive.</summary>
    private static (DateOnly? From, DateOnly? To) Bounds(Dictionary<string, string> value)
    {
        var type = value.GetValueOrDefault("type");
        if (type is "date" or "datetime")
        {
            var d = Parse(value.GetValueOrDefault("value"));
            return (d, d);
        }

        var start = Parse(value.GetValueOrDefault("start"));
        var end = Parse(value.GetValueOrDefault("end"))?.AddDays(-1);
        if (start is null && end is null && value.GetValueOrDefault("timex") is { } timex)
        {
            return TimexBounds(timex);
        }

        return (start, end);
    }

    private static (DateOnly?, DateOnly?) TimexBounds(string timex)
    {
        if (timex.Length == 4 && int.TryParse(timex, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        return (null, null);
    }

    private static DateOnly? Parse(string? text) =>
        text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? DateOnly.FromDateTime(d)
            : null;
}
