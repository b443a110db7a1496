namespace ClaimsLedger.Extraction;

/// <summary>What kind of figure was recognised; decides how the unit and the metric are read.</summary>
public enum FigureKind
{
    Count,
    Percent,
    PercentagePoint,
    Money,
    Multiple,
    Fraction,
    Rank,
    Measure,
}

/// <summary>
/// A figure recognised in one sentence: half-open span [Start, End) relative to the sentence, its resolved value and unit.
/// </summary>
public sealed record Figure(int Start, int End, double Value, string Unit, FigureKind Kind)
{
    public int Length => End - Start;

    public bool Overlaps(Figure other) => Start < other.End && other.Start < End;
}
