using System.Globalization;
using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// The verdict on one pair: its status (null when the pair cannot be judged: units that do not convert, no rates) and,
/// for figures in two currencies, the rates used and which side they convert.
/// </summary>
/// <summary>Whether two figures are about the same subject, as far as the ledger knows.</summary>
internal enum SubjectMatch
{
    Same,
    OneUnknown,
    Different,
}

internal readonly record struct Verdict(PairStatus? Status, RateRange? Rate, bool ConvertsA);

/// <summary>
/// Decides what two figures of the same metric and period say to each other, in this order: republished (same sentence in
/// two documents), same (value, unit, qualifier), compatible (allowed intervals overlap, after converting currencies at any
/// monthly rate of the period), conflict. <see cref="Explain"/> writes the reason for a verdict, only when asked.
/// </summary>
internal sealed class PairJudge(CurrencyRates rates)
{
    private const double SameValueTolerance = 1e-9;

    public Verdict Judge(StatedFigure a, StatedFigure b, ComparisonPeriod period)
    {
        if (a.Stored.DocumentId != b.Stored.DocumentId && a.FigureKey == b.FigureKey && a.Fingerprint == b.Fingerprint)
            return new Verdict(PairStatus.Republished, null, false);

        if (a.Unit.Name == b.Unit.Name)
        {
            if (a.Stored.Claim.Qualifier == b.Stored.Claim.Qualifier
                && Math.Abs(a.Value - b.Value) <= SameValueTolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)))
                return new Verdict(PairStatus.Same, null, false);
            return new Verdict(a.Range.Overlaps(b.Range) ? PairStatus.Compatible : PairStatus.Conflict, null, false);
        }

        if (!a.Unit.IsCurrency || !b.Unit.IsCurrency) return new Verdict(null, null, false);

        // Convert into the yuan when one side is in yuan, else into the first claim's currency.
        var convertsA = b.Unit.Name == CurrencyRates.Base && a.Unit.Name != CurrencyRates.Base;
        var (kept, converted) = convertsA ? (b, a) : (a, b);
        var rate = rates.Range(converted.Unit.Name, kept.Unit.Name, period.Start, period.End);
        if (rate is null) return new Verdict(null, null, convertsA);
        var convertedRange = rate.Convert(converted.Range);
        var overlaps = convertedRange.Overlaps(kept.Range);
        return new Verdict(overlaps ? PairStatus.Compatible : PairStatus.Conflict, rate, convertsA);
    }

    /// <summary>A human-checkable reason for <paramref name="verdict"/>: figures, intervals, rates, and overlap or miss.</summary>
    public static string Explain(StatedFigure a, StatedFigure b, Verdict verdict, ComparisonPeriod period)
    {
        switch (verdict.Status)
        {
            case PairStatus.Republished:
                return $"the same sentence stands in {a.Stored.DocumentFile} (#{a.Id}) and {b.Stored.DocumentFile} (#{b.Id}): "
                    + "a copy, not an independent confirmation";
            case PairStatus.Same:
                return $"#{a.Id} and #{b.Id} both state {QuantityFormatter.Value(a.Value, a.Unit.Name)} ({a.Stored.Claim.Qualifier.ToName()})";
            case null when verdict.Rate is null && a.Unit.IsCurrency && b.Unit.IsCurrency:
                return $"no {a.Unit.Name}/{b.Unit.Name} rates for {period.Label}: #{a.Id} and #{b.Id} not compared";
            case null:
                return $"#{a.Id} is in {a.Unit.Name} and #{b.Id} in {b.Unit.Name}: different units, not compared";
        }

        var (rangeA, textA) = (a.Range, Describe(a));
        var (rangeB, textB) = (b.Range, Describe(b));
        var unit = a.Unit.Name;
        if (verdict.Rate is { } rate)
        {
            var converted = verdict.ConvertsA ? a : b;
            unit = verdict.ConvertsA ? b.Unit.Name : a.Unit.Name;
            var convertedRange = rate.Convert(converted.Range);
            var convertedText = $"{Describe(converted)}, which at {rate.Describe()} is {QuantityFormatter.Range(convertedRange, unit)}";
            if (verdict.ConvertsA) (rangeA, textA) = (convertedRange, convertedText);
            else (rangeB, textB) = (convertedRange, convertedText);
        }

        if (verdict.Status == PairStatus.Compatible)
            return $"{textA}; {textB}; both allow {QuantityFormatter.Range(rangeA.Intersect(rangeB), unit)}";

        var (lower, upper) = rangeA.High < rangeB.Low ? (rangeA, rangeB) : (rangeB, rangeA);
        var gap = upper.Low - lower.High;
        var reference = Math.Abs(lower.High) > 0 ? Math.Abs(lower.High) : Math.Abs(upper.Low);
        var percent = (100 * gap / reference).ToString("0.##", CultureInfo.InvariantCulture);
        var miss = $"{textA}; {textB}; they miss by {QuantityFormatter.Value(gap, unit, reference)} "
            + $"({percent}% of {QuantityFormatter.Value(lower.High, unit)})";
        return verdict.Status == PairStatus.Unresolved
            ? $"{miss}, but {UnknownSubject(a, b)}: not called a conflict until a person says whether both are about the same one"
            : $"{miss}: no rounding, qualifier or exchange rate reconciles them";
    }

    /// <summary>"#12 names no subject, #40 is about India".</summary>
    private static string UnknownSubject(StatedFigure a, StatedFigure b)
    {
        var (unknown, known) = a.Stored.Claim.Subject is null ? (a, b) : (b, a);
        return $"#{unknown.Id} names no subject and #{known.Id} is about {known.Stored.Claim.Subject}";
    }

    /// <summary>How the subjects of two figures of one metric and period relate; only figures about one subject can conflict.</summary>
    public static SubjectMatch Subjects(StatedFigure a, StatedFigure b) => (a.SubjectKey, b.SubjectKey) switch
    {
        (null, null) => SubjectMatch.Same,
        (null, _) or (_, null) => SubjectMatch.OneUnknown,
        var (x, y) => x == y ? SubjectMatch.Same : SubjectMatch.Different,
    };

    private static string Describe(StatedFigure figure) =>
        $"{figure.Label} allows {QuantityFormatter.Range(figure.Range, figure.Unit.Name)}";
}
