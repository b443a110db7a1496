using System.Globalization;

namespace ClaimsLedger.Comparison;

/// <summary>
/// The period two figures must share to be compared. Rule:
/// <list type="bullet">
/// <item>A point period [d, d] (a stock "at the end of 2022", "as of December 31, 2022") and a span covering exactly one
/// calendar month ("in July 2022", "by December 2022" read as the month) have month grain: they all mean that month, so
/// 2022-12-31, 2022-12-01 and 2022-12-01..2022-12-31 are the same period.</item>
/// <item>Any other span (a year, a quarter, 2012..2021) is the same period only as the identical span: the flow of the year
/// 2022 (2022-01-01..2022-12-31) is not the stock at its end (2022-12-31).</item>
/// <item>Claims with no period are never compared: nothing says they speak of the same time, and a grown figure would be
/// shouted as a contradiction. They are listed as undated.</item>
/// </list>
/// </summary>
public readonly record struct ComparisonPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The canonical period of a claim, or null when it has none.</summary>
    public static ComparisonPeriod? Of(DateOnly? start, DateOnly? end)
    {
        if (start is null && end is null) return null;
        var first = start ?? end!.Value;
        var last = end ?? first;
        if (last < first) (first, last) = (last, first);
        var monthStart = new DateOnly(first.Year, first.Month, 1);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var isPoint = first == last;
        var isWholeMonth = first == monthStart && last == monthEnd;
        return isPoint || isWholeMonth ? new ComparisonPeriod(monthStart, monthEnd) : new ComparisonPeriod(first, last);
    }

    /// <summary>"2021" for a calendar year, "2022-07" for a month, else "2012-01-01..2021-12-31".</summary>
    public string Label
    {
        get
        {
            if (Start.Month == 1 && Start.Day == 1 && End == new DateOnly(Start.Year, 12, 31))
                return Start.Year.ToString(CultureInfo.InvariantCulture);
            if (Start.Day == 1 && End == Start.AddMonths(1).AddDays(-1))
                return Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return $"{Iso(Start)}..{Iso(End)}";
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
