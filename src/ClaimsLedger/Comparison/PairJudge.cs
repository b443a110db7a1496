using ClaimsLedger.Model;
using System.Globalization;

namespace ClaimsLedger.Comparison;

/// <summary>The verdict on one pair, or why the pair could not be judged.</summary>
internal readonly record struct Verdict(PairStatus? Status, string Reason);

/// <summary>
/// Decides what two figures of the same metric and period say to each other, in this order: republished (same sentence in
/// two documents), same (value, unit, qualifier), compatible (allowed intervals overlap, after converting currencies at any
/// monthly rate of the period), conflict.
/// </summary>
internal sealed class PairJudge(CurrencyRates rates)
{
    private const double SameValueTolerance = 1e-9;

    public Verdict Judge(StatedFigure a, StatedFigure b, ComparisonPeriod period)
    {
        if (a.Stored.DocumentId != b.Stored.DocumentId && a.Fingerprint == b.Fingerprint)
            return new Verdict(PairStatus.Republished,
                $"the same sentence stands in {a.Stored.DocumentFile} (#{a.Id}) and {b.Stored.DocumentFile} (#{b.Id}): "
                + "a copy, not an independent confirmation");

        if (a.Unit.Name == b.Unit.Name)
        {
            if (a.Stored.Claim.Qualifier == b.Stored.Claim.Qualifier
                && Math.Abs(a.Value - b.Value) <= SameValueTolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)))
                return new Verdict(PairStatus.Same,
                    $"#{a.Id} and #{b.Id} both state {QuantityFormatter.Value(a.Value, a.Unit.Name)} ({a.Stored.Claim.Qualifier.ToName()})");
            return ByIntervals(a, a.Range, Describe(a), b, b.Range, Describe(b), a.Unit.Name);
        }

        if (!a.Unit.IsCurrency || !b.Unit.IsCurrency)
            return new Verdict(null, $"#{a.Id} is in {a.Unit.Name} and #{b.Id} in {b.Unit.Name}: different units, not compared");

        // Convert into the yuan when one side is in yuan, else into the first claim's currency.
        var convertA = b.Unit.Name == CurrencyRates.Base && a.Unit.Name != CurrencyRates.Base;
        var (kept, converted) = convertA ? (b, a) : (a, b);
        var rate = rates.Range(converted.Unit.Name, kept.Unit.Name, period.Start, period.End);
        if (rate is null)
            return new Verdict(null,
                $"no {converted.Unit.Name}/{kept.Unit.Name} rates for {period.Label}: #{a.Id} and #{b.Id} not compared");
        var convertedRange = rate.Convert(converted.Range);
        var convertedText = $"{Describe(converted)}, which at {rate.Describe()} is "
            + QuantityFormatter.Range(convertedRange, kept.Unit.Name);
        return convertA
            ? ByIntervals(a, convertedRange, convertedText, b, b.Range, Describe(b), kept.Unit.Name)
            : ByIntervals(a, a.Range, Describe(a), b, convertedRange, convertedText, kept.Unit.Name);
    }

    private static string Describe(StatedFigure figure) =>
        $"{figure.Label} allows {QuantityFormatter.Range(figure.Range, figure.Unit.Name)}";

    private static Verdict ByIntervals(
        StatedFigure a, ValueRange rangeA, string textA, StatedFigure b, ValueRange rangeB, string textB, string unit)
    {
        if (rangeA.Overlaps(rangeB))
            return new Verdict(PairStatus.Compatible,
                $"{textA}; {textB}; both allow {QuantityFormatter.Range(rangeA.Intersect(rangeB), unit)}");

        var (lower, upper) = rangeA.High < rangeB.Low ? (rangeA, rangeB) : (rangeB, rangeA);
        var gap = upper.Low - lower.High;
        var reference = Math.Abs(lower.High) > 0 ? Math.Abs(lower.High) : Math.Abs(upper.Low);
        var percent = (100 * gap / reference).ToString("0.##", CultureInfo.InvariantCulture);
        return new Verdict(PairStatus.Conflict,
            $"{textA}; {textB}; they miss by {QuantityFormatter.Value(gap, unit, reference)} "
            + $"({percent}% of {QuantityFormatter.Value(lower.High, unit)}): no rounding, qualifier or exchange rate reconciles them");
    }
}
