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

    [GeneratedRegex(@"\b(?:FY\s?|fiscal\s+(?:year\s+)?)(?<a>(?:19|20)\d\d)\s?[-\u2013/]\s?(?<b>\d\d(?:\d\d)?)\b|\b(?<a>(?:19|20)\d\d)\s?[-\u2013/]\s?(?<b>\d\d(?:\d\d)?)\s+(?:fiscal|financial)\s+year\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SplitFiscalYear();

    /// <summary>The sentence's dates with fiscal years resolved: one-year ones as calendar years, split ones as both years.</summary>
    public static IReadOnlyList<DateSpan> Resolve(string sentence, IReadOnlyList<DateSpan> dates)
    {
        List<DateSpan>? split = null;
        foreach (Match m in SplitFiscalYear().Matches(sentence))
        {
            if (SplitYears(m) is var (from, to))
            {
                split ??= [];
                split.Add(new DateSpan(m.Index, m.Index + m.Length, "fiscalyear", $"fiscal year {from}-{to % 100:00} (both calendar years)",
                    null, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)));
            }
        }

        if (split is null && !dates.Any(d => d.Timex?.StartsWith("FY", StringComparison.Ordinal) == true))
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
                resolved.Add(d with { Timex = $"fiscal year {year} (as calendar year)", From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) });
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

    /// <summary>"2022-23" or "2022/2023": the two consecutive years, or null when the second is not the next year.</summary>
    private static (int From, int To)? SplitYears(Match m)
    {
        var from = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var to = m.Groups["b"].Length == 2 ? from / 100 * 100 + second + (second < from % 100 ? 100 : 0) : second;
        return to == from + 1 ? (from, to) : null;
    }
}
