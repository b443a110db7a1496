using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Periods a document with a fiscal calendar names by word alone, read from the words nearest before the figure in its
/// sentence: "in the year-ago quarter" (the document's quarter a year earlier), "annual", "full-year", "for the fiscal
/// year" (its fiscal year), "quarterly", "for the quarter" (its quarter).
/// </summary>
internal static partial class FiscalPeriods
{
    private const int Window = 90;

    public static Period? Named(string sentence, Figure figure, FiscalCalendar fiscal)
    {
        var before = sentence[Math.Max(0, figure.Start - Window)..figure.Start];
        var after = sentence[figure.End..Math.Min(sentence.Length, figure.End + Window / 2)];
        var compared = ComparedMarker().IsMatch(sentence.AsSpan(0, figure.Start)) && YearAgoQuarter().IsMatch(sentence.AsSpan(figure.End));
        var best = compared ? "ago" : Nearest(before, fromEnd: true) ?? Nearest(after, fromEnd: false);
        return best switch
        {
            "ago" => Shift(fiscal.Quarter, "the document's quarter a year earlier"),
            "year" => fiscal.CurrentYear,
            "quarter" => fiscal.Quarter,
            _ => null,
        };
    }

    /// <summary>"Annual net sales by category:", "Quarterly results:": the period a list heading names by word (the last one).</summary>
    public static Period? Heading(string heading, FiscalCalendar fiscal) => Nearest(heading, fromEnd: true) switch
    {
        "ago" => Shift(fiscal.Quarter, "the document's quarter a year earlier"),
        "year" => fiscal.CurrentYear,
        "quarter" => fiscal.Quarter,
        _ => null,
    };

    private static string? Nearest(string text, bool fromEnd)
    {
        var hits = new List<(int At, string Kind)>();
        foreach (Match m in YearAgoQuarter().Matches(text)) hits.Add((m.Index, "ago"));
        foreach (Match m in FiscalYearWords().Matches(text)) hits.Add((m.Index, "year"));
        foreach (Match m in QuarterWords().Matches(text))
            if (!hits.Any(h => h.Kind == "ago" && Math.Abs(h.At - m.Index) < 20)) hits.Add((m.Index, "quarter"));
        if (hits.Count == 0) return null;
        return (fromEnd ? hits.MaxBy(h => h.At) : hits.MinBy(h => h.At)).Kind;
    }

    /// <summary>"compared to revenue of $83.4 billion ... in the year-ago quarter": the figure is the compared value.</summary>
    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|up\s+from|down\s+from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedMarker();

    private static Period Shift(Period p, string basis) => p.YearEarlier(basis);

    [GeneratedRegex(@"\b(?:year[\s-]ago|year[\s-]earlier|prior[\s-]year|last\s+year's|same)\s+(?:fiscal\s+)?quarter\b|\bquarter\s+(?:a\s+year\s+(?:ago|earlier)|of\s+(?:last|the\s+previous|the\s+prior)\s+year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearAgoQuarter();

    [GeneratedRegex(@"\bannual(?:ly)?\b|\bfull[\s-](?:fiscal[\s-])?year\b|\bfor\s+the\s+(?:fiscal\s+)?year\b|\bfiscal\s+year\b|\byear[\s-]to[\s-]date\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYearWords();

    [GeneratedRegex(@"\bquarter(?:ly)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterWords();
}
