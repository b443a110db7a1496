using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Fiscal-year periods, which the DateTime model recognises ("FY2023", "fiscal year 2023", "FY23") without resolving
/// them to days, or misreads ("FY 2022-23" as FY2022 alone). Convention: a fiscal year named by one year is that
/// calendar year ("FY2023" = 2023-01-01 to 2023-12-31), because when it starts differs by country and organisation and
/// a sentence rarely says; a split fiscal year ("FY 2022-23", "the 2022/23 fiscal year") spans both calendar years.
/// </summary>
internal static partial class FiscalYears
{
    [GeneratedRegex(@"^FY(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex FiscalTimex();

    [GeneratedRegex(@"\b(?:FY\s?|fiscal\s+(?:year\s+)?)(?<a>(?:19|20)\d\d|(?<=FY\s?)\d\d(?=\s?[-\u2013/]\s?\d\d\b))\s?[-\u2013/]\s?(?<b>\d\d(?:\d\d)?)\b|\b(?<a>(?:19|20)\d\d)\s?[-\u2013/]\s?(?<b>\d\d(?:\d\d)?)\s+(?:fiscal|financial)\s+year\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SplitFiscalYear();

    /// <summary>The sentence's dates with fiscal years resolved: one-year ones as calendar years, split ones as both years.</summary>
    /// <param name="fiscal">The document's fiscal calendar, where it states one: fiscal years and quarters are then read
    /// as its days, and a bare year next to them is a fiscal year.</param>
    /// <param name="national">The fiscal year of the document's country (<see cref="DocumentTime.NationalFiscalYear"/>),
    /// for split years ("2023-24") where the document states no calendar.</param>
    /// <param name="eventDate">For fiscal years named relative to the present ("the previous financial year").</param>
    public static IReadOnlyList<DateSpan> Resolve(string sentence, IReadOnlyList<DateSpan> dates, FiscalCalendar? fiscal = null,
        FiscalCalendar? national = null, DateOnly? eventDate = null)
    {
        List<DateSpan>? split = null;
        var splitCalendar = fiscal is { StartMonth: not null } ? fiscal : national;
        if (splitCalendar is not null && eventDate is { } said)
        {
            split = RelativeYears(sentence, splitCalendar, splitCalendar == fiscal, said);
        }

        foreach (Match m in FiscalQuarter().Matches(sentence))
        {
            if (QuarterSpan(m, m.Groups["b"].Success ? splitCalendar : fiscal) is { } quarter && split?.Any(q => q.Start < quarter.End && quarter.Start < q.End) != true)
            {
                (split ??= []).Add(quarter);
            }
        }

        foreach (Match m in SplitFiscalYear().Matches(sentence))
        {
            if (SplitYears(m) is var (from, to) && split?.Any(q => q.Start < m.Index + m.Length && m.Index < q.End) != true)
            {
                split ??= [];
                split.Add(splitCalendar?.YearStartingIn(from, m.Value) is { } year
                    ? Span(m, $"fiscal year {from}-{to % 100:00} of {(splitCalendar == fiscal ? "the document's calendar" : splitCalendar.Words)}", year)
                    : new DateSpan(m.Index, m.Index + m.Length, "fiscalyear", $"fiscal year {from}-{to % 100:00} (both calendar years)",
                        null, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)));
            }
        }

        var fiscalYears = fiscal is { StartMonth: not null, IsCalendarYear: false };
        if (split is null && !fiscalYears && !dates.Any(d => d.Timex?.StartsWith("FY", StringComparison.Ordinal) == true))
        {
            return dates;
        }

        var resolved = new List<DateSpan>(dates.Count);
        foreach (var d in dates)
        {
            if (split?.Any(s => s.Start < d.End && d.Start < s.End) == true)
            {
                continue;
            }

            if (d.From is null && d.To is null && d.Timex is { } timex && FiscalTimex().Match(timex) is { Success: true } m)
            {
                var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                resolved.Add(fiscal?.YearEndingIn(year, timex) is { } own
                    ? d with { Timex = $"fiscal year {year} of the document's calendar", From = own.Start, To = own.End }
                    : d with { Timex = $"fiscal year {year} (as calendar year)", From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) });
            }
            else if (fiscalYears && d.Timex is { Length: 4 } bare && int.TryParse(bare, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && fiscal!.YearEndingIn(y, bare) is { } named)
            {
                resolved.Add(d with { Timex = $"{y}: fiscal year {y} of the document's calendar", From = named.Start, To = named.End });
            }
            else
            {
                resolved.Add(d);
            }
        }

        if (split is not null)
        {
            resolved.AddRange(split);
            resolved.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return resolved;
    }

    /// <summary>
    /// "the previous financial year", "this fiscal year", "the first quarter of the previous financial year": the fiscal
    /// year that many before (after) the current one, which is the one holding the document's quarter where the
    /// document states its calendar, else the one the event falls in; null when the sentence names none.
    /// </summary>
    private static List<DateSpan>? RelativeYears(string sentence, FiscalCalendar calendar, bool documents, DateOnly said)
    {
        var words = PeriodWords.Shipped;
        List<DateSpan>? found = null;
        var current = (documents ? calendar.CurrentYear : null) ?? calendar.YearHolding(said, "");
        if (current is not { Start: { } start })
            return null;
        var of = documents ? "the document's calendar" : calendar.Words;
        Period Year(string word) => new(start.AddYears(words.RelativeYears[word]), start.AddYears(words.RelativeYears[word] + 1).AddDays(-1), word);
        foreach (Match m in words.RelativeFiscalQuarter.Matches(sentence))
        {
            var n = PhrasePatterns.QuarterNumber(m);
            var year = Year(m.Groups["w"].Value);
            (found ??= []).Add(Span(m, $"\"{m.Value}\": fiscal Q{n} of {year.Start:yyyy}-{year.End:yy} ({of})", FiscalCalendar.QuarterOf(year, n, m.Value)));
        }

        foreach (Match m in words.RelativeFiscalYear.Matches(sentence))
        {
            if (found?.Any(q => q.Start < m.Index + m.Length && m.Index < q.End) == true) continue;
            var year = Year(m.Groups["w"].Value);
            (found ??= []).Add(Span(m, $"\"{m.Value}\": fiscal year {year.Start:yyyy}-{year.End:yy} ({of})", year));
        }

        return found;
    }

    /// <summary>"Q1 2023-24", "Q1 of 2022-23", "fiscal Q4 2022", "the fourth fiscal quarter of 2022": a quarter of the
    /// document's fiscal calendar (null where the document states none).</summary>
    private static DateSpan? QuarterSpan(Match m, FiscalCalendar? fiscal)
    {
        if (fiscal is not { StartMonth: not null }) return null;
        var n = PhrasePatterns.QuarterNumber(m);
        var a = FirstYear(m);
        var year = m.Groups["b"].Success ? fiscal.YearStartingIn(a, m.Value) : fiscal.YearEndingIn(a, m.Value);
        var of = fiscal.Quarter.Start is null ? $" ({fiscal.Words})" : "";
        return year is null ? null : Span(m, $"fiscal Q{n} of {a}{(m.Groups["b"].Success ? "-" + m.Groups["b"].Value : "")}{of}",
            FiscalCalendar.QuarterOf(year, n, m.Value));
    }

    private static DateSpan Span(Match m, string timex, Period p) => new(m.Index, m.Index + m.Length, "fiscalyear", timex, null, p.Start, p.End);

    [GeneratedRegex(@"\b(?:(?:fiscal\s+)?Q(?<n>[1-4])|" + PhrasePatterns.QuarterOrdinal + @"\s+(?:fiscal\s+)?quarter)\s*(?:of\s+)?(?:(?:FY|fiscal\s+(?:year\s+)?)\s*)?(?<a>(?:19|20)\d\d|(?<=FY\s?)\d\d(?=\s?[-–/]\s?\d\d\b))(?:\s?[-–/]\s?(?<b>\d\d(?:\d\d)?))?\b|\bfiscal\s+(?<a>(?:19|20)\d\d)\s+" + PhrasePatterns.QuarterOrdinal + @"\s+quarter\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalQuarter();

    /// <summary>The first year of a fiscal year's name: "2022" of "2022-23", or "22" of "FY22-23" (this century).</summary>
    private static int FirstYear(Match m) => int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture) is var a && a < 100 ? 2000 + a : a;

    /// <summary>"2022-23" or "2022/2023": the two consecutive years, or null when the second is not the next year.</summary>
    private static (int From, int To)? SplitYears(Match m)
    {
        var from = FirstYear(m);
        var second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var to = m.Groups["b"].Length == 2 ? from / 100 * 100 + second + (second < from % 100 ? 100 : 0) : second;
        return to == from + 1 ? (from, to) : null;
    }
}
