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
        var weeks = InLastWeek(end) ? end.DayOfWeek : (DayOfWeek?)null;
        if (m.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            var start = end.AddYears(-1).AddDays(1);
            return new FiscalCalendar(QuarterEnding(end, weeks is not null), start.Month, start.Day, words) { EndsOnLast = weeks, YearEndMonth = end.Month };
        }
        var quarter = QuarterEnding(end, weeks is not null) with { Basis = $"the document's quarter: \"{words}\"" };
        // The quarter's number: named just before ("fourth quarter ended"), else soon after ("... ended on June 30 ... in Q1").
        var before = text[Math.Max(0, m.Index - 80)..(m.Index + m.Groups["unit"].Length)];
        var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 200)];
        var number = QuarterNumber().Matches(before) is { Count: > 0 } numbers ? PhrasePatterns.QuarterNumber(numbers[^1])
            : QuarterNumber().Match(after) is { Success: true } next ? PhrasePatterns.QuarterNumber(next) : (int?)null;
        if (number is null) return new FiscalCalendar(quarter, null, null, words);
        var fiscalStart = end.AddDays(1).AddMonths(-3 * number.Value); // June 30 ends Q1: the year starts April 1
        var yearEnd = end.AddDays(91 * (4 - number.Value));
        return new FiscalCalendar(quarter, fiscalStart.Month, fiscalStart.Day, words) { EndsOnLast = weeks is not null && InLastWeek(yearEnd) ? yearEnd.DayOfWeek : null, YearEndMonth = yearEnd.Month };
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

    /// <summary>
    /// A 52/53-week calendar: stated periods end on a day that is in the last week of its month but not its last day
    /// ("the quarter ended September 24, 2022", a Saturday); its years end on the last such weekday of the month and
    /// its quarters are 13 weeks.
    /// </summary>
    public DayOfWeek? EndsOnLast { get; init; }

    /// <summary>The month a 52/53-week year ends in.</summary>
    public int YearEndMonth { get; init; }

    private static bool InLastWeek(DateOnly day) => day.Day != DateTime.DaysInMonth(day.Year, day.Month) && day.Day > DateTime.DaysInMonth(day.Year, day.Month) - 7;

    private DateOnly LastWeekday(int year)
    {
        var month = YearEndMonth;
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != EndsOnLast) day = day.AddDays(-1);
        return day;
    }

    /// <summary>The 52/53-week fiscal year that ends in <paramref name="year"/>.</summary>
    private Period WeekYearEndingIn(int year, string words) => new(LastWeekday(year - 1).AddDays(1), LastWeekday(year), words);

    private Period WeekYearHolding(DateOnly day, string words) => WeekYearEndingIn(LastWeekday(day.Year) >= day ? day.Year : day.Year + 1, words);

    /// <summary>Fiscal years start on January 1: they are calendar years.</summary>
    public bool IsCalendarYear => StartMonth == 1 && StartDay == 1;

    /// <summary>The fiscal year holding the document's quarter, when the calendar is known.</summary>
    public Period? CurrentYear => EndsOnLast is not null && Quarter.End is { } last ? WeekYearHolding(last, "the document's fiscal year")
        : StartMonth is { } month && StartDay is { } day && Quarter.End is { } end
        ? YearStarting(StartOnOrBefore(end, month, day), "the document's fiscal year")
        : null;

    /// <summary>The fiscal year holding <paramref name="day"/>, when the calendar is known.</summary>
    public Period? YearHolding(DateOnly day, string words) => EndsOnLast is not null ? WeekYearHolding(day, words) : StartMonth is { } month && StartDay is { } d
        ? YearStarting(StartOnOrBefore(day, month, d), words)
        : null;

    /// <summary>The fiscal year named by the year it ends in ("fiscal 2022"), when the calendar is known.</summary>
    public Period? YearEndingIn(int year, string words) => EndsOnLast is not null ? WeekYearEndingIn(year, words) : StartMonth is { } month && StartDay is { } day
        ? YearStarting(month == 1 && day == 1 ? new DateOnly(year, 1, 1) : new DateOnly(year - 1, month, day), words)
        : null;

    /// <summary>The fiscal year that starts in <paramref name="year"/> ("2023-24").</summary>
    public Period? YearStartingIn(int year, string words) => EndsOnLast is not null ? WeekYearEndingIn(year + 1, words) : StartMonth is { } month && StartDay is { } day
        ? YearStarting(new DateOnly(year, month, day), words)
        : null;

    /// <summary>Quarter <paramref name="number"/> (1-4) of a fiscal year: 13 weeks of a 52/53-week year (the fourth runs to its end).</summary>
    public static Period QuarterOf(Period year, int number, string words)
    {
        if (year.End!.Value.DayNumber - year.Start!.Value.DayNumber + 1 is 364 or 371)
        {
            var first = year.Start.Value.AddDays(91 * (number - 1));
            return new Period(first, number == 4 ? year.End.Value : first.AddDays(90), words);
        }

        var start = year.Start!.Value.AddMonths(3 * (number - 1));
        return new Period(start, start.AddMonths(3).AddDays(-1), words);
    }

    private static Period YearStarting(DateOnly start, string words) => new(start, start.AddYears(1).AddDays(-1), words);

    private static DateOnly StartOnOrBefore(DateOnly day, int month, int dayOfMonth)
    {
        var start = new DateOnly(day.Year, month, Math.Min(dayOfMonth, DateTime.DaysInMonth(day.Year, month)));
        return start <= day ? start : start.AddYears(-1);
    }

    private static Period QuarterEnding(DateOnly end, bool weeks) => new(weeks ? end.AddDays(-90) : end.AddDays(1).AddMonths(-3), end, $"quarter ended {end:yyyy-MM-dd}");

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
