using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The fiscal calendar a document states, read from "the fourth quarter ended September 24, 2022", "the quarter that
/// ended on June 30" (with "Q1" or "first quarter" before it) or "the fiscal year ended March 31, 2023": the quarter
/// the document reports (<see cref="Quarter"/>) and, where the quarter's number or the year is named, the day its fiscal
/// years start. A fiscal year named by one year is the one that ends in it ("fiscal 2022" ended September 2022); a split
/// one ("2023-24") is the one that starts in its first year.
/// </summary>
public sealed partial record FiscalCalendar(Period Quarter, int? StartMonth, int? StartDay, string Words)
{
    /// <summary>The first statement of a quarter or year's end in <paramref name="text"/>, or null.</summary>
    public static FiscalCalendar? Read(string text, DateOnly? eventDate)
    {
        var m = PeriodEnded().Match(text);
        if (!m.Success || ParseDay(m, eventDate) is not { } end) return CalendarQuarterOf(text);
        var words = m.Value;
        if (m.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            var start = end.AddYears(-1).AddDays(1);
            return new FiscalCalendar(QuarterEnding(end), start.Month, start.Day, words);
        }
        var quarter = QuarterEnding(end) with { Basis = $"the document's quarter: \"{words}\"" };
        // The quarter's number: named just before ("fourth quarter ended"), else soon after ("... ended on June 30 ... in Q1").
        var before = text[Math.Max(0, m.Index - 80)..(m.Index + m.Groups["unit"].Length)];
        var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 200)];
        var number = QuarterNumber().Matches(before) is { Count: > 0 } numbers ? PhrasePatterns.QuarterNumber(numbers[^1])
            : QuarterNumber().Match(after) is { Success: true } next ? PhrasePatterns.QuarterNumber(next) : (int?)null;
        if (number is null) return new FiscalCalendar(quarter, null, null, words);
        var fiscalStart = end.AddDays(1).AddMonths(-3 * number.Value); // June 30 ends Q1: the year starts April 1
        return new FiscalCalendar(quarter, fiscalStart.Month, fiscalStart.Day, words);
    }

    /// <summary>
    /// "the fourth fiscal quarter of 2022, which corresponds to the third calendar quarter of the year": the document's
    /// quarter is that calendar quarter, and its fiscal years start three months times the quarter's number before it.
    /// </summary>
    private static FiscalCalendar? CalendarQuarterOf(string text)
    {
        var m = PeriodWords.Shipped.CalendarQuarter.Match(text);
        if (!m.Success) return null;
        int Number(Group g) => g.Value is [>= '1' and <= '4'] digit ? digit[0] - '0' : NumberWords.Ordinal(g.Value)!.Value;
        var year = int.Parse(m.Groups[m.Groups["y"].Success ? "y" : "a"].Value, CultureInfo.InvariantCulture);
        var start = new DateOnly(year, 3 * (Number(m.Groups["c"]) - 1) + 1, 1);
        var quarter = new Period(start, start.AddMonths(3).AddDays(-1), $"the document's quarter: \"{m.Value}\"");
        var fiscalStart = start.AddMonths(-3 * (Number(m.Groups["f"]) - 1));
        return new FiscalCalendar(quarter, fiscalStart.Month, fiscalStart.Day, m.Value);
    }

    /// <summary>A country's fiscal year, known from <paramref name="words"/> rather than stated: no quarter of its own.</summary>
    public static FiscalCalendar Convention(int startMonth, int startDay, string words) => new(Period.None(words), startMonth, startDay, words);

    /// <summary>Fiscal years start on January 1: they are calendar years.</summary>
    public bool IsCalendarYear => StartMonth == 1 && StartDay == 1;

    /// <summary>The fiscal year holding the document's quarter, when the calendar is known.</summary>
    public Period? CurrentYear => StartMonth is { } month && StartDay is { } day && Quarter.End is { } end
        ? YearStarting(StartOnOrBefore(end, month, day), "the document's fiscal year")
        : null;

    /// <summary>The fiscal year holding <paramref name="day"/>, when the calendar is known.</summary>
    public Period? YearHolding(DateOnly day, string words) => StartMonth is { } month && StartDay is { } d
        ? YearStarting(StartOnOrBefore(day, month, d), words)
        : null;

    /// <summary>The fiscal year named by the year it ends in ("fiscal 2022"), when the calendar is known.</summary>
    public Period? YearEndingIn(int year, string words) => StartMonth is { } month && StartDay is { } day
        ? YearStarting(month == 1 && day == 1 ? new DateOnly(year, 1, 1) : new DateOnly(year - 1, month, day), words)
        : null;

    /// <summary>The fiscal year that starts in <paramref name="year"/> ("2023-24").</summary>
    public Period? YearStartingIn(int year, string words) => StartMonth is { } month && StartDay is { } day
        ? YearStarting(new DateOnly(year, month, day), words)
        : null;

    /// <summary>Quarter <paramref name="number"/> (1-4) of a fiscal year.</summary>
    public static Period QuarterOf(Period year, int number, string words)
    {
        var start = year.Start!.Value.AddMonths(3 * (number - 1));
        return new Period(start, start.AddMonths(3).AddDays(-1), words);
    }

    private static Period YearStarting(DateOnly start, string words) => new(start, start.AddYears(1).AddDays(-1), words);

    private static DateOnly StartOnOrBefore(DateOnly day, int month, int dayOfMonth)
    {
        var start = new DateOnly(day.Year, month, Math.Min(dayOfMonth, DateTime.DaysInMonth(day.Year, month)));
        return start <= day ? start : start.AddYears(-1);
    }

    private static Period QuarterEnding(DateOnly end) => new(end.AddDays(1).AddMonths(-3), end, $"quarter ended {end:yyyy-MM-dd}");

    private static DateOnly? ParseDay(Match m, DateOnly? eventDate)
    {
        var month = DateTime.ParseExact(m.Groups["m"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(2000, month)) return null;
        if (m.Groups["y"].Success) return new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, Math.Min(day, DateTime.DaysInMonth(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month)));
        if (eventDate is not { } e) return null;
        var candidate = new DateOnly(e.Year, month, Math.Min(day, DateTime.DaysInMonth(e.Year, month)));
        return candidate <= e ? candidate : candidate.AddYears(-1); // the latest such day before the report
    }

    [GeneratedRegex(@"\b(?<unit>quarter|period|year)(?:\s+of\s+(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d)?,?\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?(?:(?<d>\d{1,2})\s+" + PhrasePatterns.MonthName + @"\.?|" + PhrasePatterns.MonthName + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?<y>(?:19|20)\d\d))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEnded();

    [GeneratedRegex(@"\b(?:Q(?<n>[1-4])|" + PhrasePatterns.QuarterOrdinal + @"(?:\s+fiscal)?[\s-]quarter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterNumber();
}
