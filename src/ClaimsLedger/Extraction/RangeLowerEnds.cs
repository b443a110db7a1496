using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>The bare lower end of a range ("between 30 and 40 percent", "2-3 billion dollars") and its upper end.</summary>
internal static partial class RangeLowerEnds
{
    [GeneratedRegex(@"^\s*(?:to|-|–|—)\s*$|^\s+and\s+$")]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"\bbetween\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"^\d[\d,]*(?:\.\d+)?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex FirstNumber();

    /// <summary>
    /// "between 30 and 40 percent", "2-3 billion dollars", "from 10 to 15 million": a bare lower end states the upper end's
    /// unit and scale. ("and" joins a range only after "between".)
    /// </summary>
    public static void TakeUpperEndUnits(string sentence, List<Figure> figures)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (low, high) = (figures[i], figures[i + 1]);
            if (low.Kind != FigureKind.Count || high.Kind is FigureKind.Count or FigureKind.Rank or FigureKind.Multiple || low.End > high.Start
                || RangeJoin().Match(sentence, low.End, high.Start - low.End) is not { Success: true } join
                || join.Value.Contains("and", StringComparison.Ordinal) && !BetweenBefore().IsMatch(sentence.AsSpan(0, low.Start))
                || !BareNumber().IsMatch(sentence.AsSpan(low.Start, low.Length))
                || FirstNumber().Match(sentence, high.Start, high.Length) is not { Success: true } stated
                || !double.TryParse(stated.Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var highNumber)
                || highNumber == 0 || low.Value >= highNumber)
            {
                continue;
            }

            figures[i] = low with { Value = low.Value * (high.Value / highNumber), Unit = high.Unit, Kind = high.Kind };
        }
    }
}
