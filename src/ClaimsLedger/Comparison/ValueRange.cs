namespace ClaimsLedger.Comparison;

/// <summary>A closed range of values [Low, High] in one canonical unit; High may be +infinity.</summary>
public readonly record struct ValueRange(double Low, double High)
{
    private const double RelativeTolerance = 1e-9;

    public bool IsPoint => Low == High;

    public ValueRange Scale(double factor) => factor >= 0
        ? new ValueRange(Low * factor, High * factor)
        : new ValueRange(High * factor, Low * factor);

    /// <summary>
    /// Whether the two ranges share values. Rounding ranges are half-open, so ranges that only touch at one end do not
    /// overlap ("565 million" does not round to "564 million") -- unless one of them is a single value (a rank, a
    /// degenerate range), which then only has to lie inside the other. Floating-point noise (1e-9 relative) is ignored.
    /// </summary>
    public bool Overlaps(ValueRange other)
    {
        var width = Math.Min(High, other.High) - Math.Max(Low, other.Low);
        var tolerance = RelativeTolerance * MaxFiniteMagnitude(this, other);
        return IsPoint || other.IsPoint ? width >= -tolerance : width > tolerance;
    }

    /// <summary>The shared part of two overlapping ranges.</summary>
    public ValueRange Intersect(ValueRange other) =>
        new(Math.Max(Low, other.Low), Math.Min(High, other.High));

    private static double MaxFiniteMagnitude(ValueRange a, ValueRange b)
    {
        var max = 0.0;
        foreach (var bound in new[] { a.Low, a.High, b.Low, b.High })
            if (double.IsFinite(bound)) max = Math.Max(max, Math.Abs(bound));
        return max;
    }
}
