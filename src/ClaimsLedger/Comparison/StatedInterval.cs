using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// The range of true values a stated figure allows, from its qualifier and the precision it is written with. The one
/// definition used both by the extractor (to fill <see cref="Claim.Low"/>/<see cref="Claim.High"/>) and by the comparison.
/// <para>Tolerances, with v the value, s the stated step (<see cref="StatedPrecision.Step"/>) and c the coarse step:</para>
/// <list type="bullet">
/// <item>exact "564 million": [v - s/2, v + s/2] (rounding to the last stated digit: 563.5..564.5 million).</item>
/// <item>approx "around/about 1.85 million": v ± max(s, 3% of v).</item>
/// <item>over / at_least "over 1.03 billion": [v, v + max(c, 10% of v)] -- a speaker says "over N" with N the highest
/// round figure below the truth, so the truth is not far above; "over 400 million" reaches 500 million.</item>
/// <item>under / at_most "less than 5%": [v - max(c, 10% of v), v], never below zero for a positive v.</item>
/// <item>nearly "nearly 2 million": [v - 10% of v, v].</item>
/// <item>ranks ("second in the world") allow exactly their value.</item>
/// </list>
/// A negative value is mostly a fall ("fell by more than 2%" is -2, see ChangeReader): the qualifier bounds its size, so
/// its interval is the mirror of its size's ("more than 2%" down is [-2.2, -2]; "nearly" reaches toward zero).
/// Bounds are read as half-open where the statement is a rounding (565 million does not round to 564 million); see
/// <see cref="ValueRange.Overlaps"/>.
/// </summary>
public static class StatedInterval
{
    /// <summary>Half-width of "around/about/approximately", relative to the value (when wider than one stated step).</summary>
    public const double ApproxRelativeTolerance = 0.03;

    /// <summary>How far "over"/"under"/"at least"/"at most" reach past the bound, relative to the value (when wider than
    /// one coarse step).</summary>
    public const double BoundRelativeReach = 0.10;

    /// <summary>How far below the value "nearly/almost/close to" reaches, relative to the value.</summary>
    public const double NearlyRelativeReach = 0.10;

    /// <summary>The interval for a figure of any unit but rank.</summary>
    public static (double Low, double High) For(double value, string surfaceText, Qualifier q)
        => Compute(value, StatedPrecision.Of(value, surfaceText), q);

    /// <summary>The interval for a figure in <paramref name="unit"/>: ranks are exact whatever their wording.</summary>
    public static (double Low, double High) For(double value, string surfaceText, Qualifier q, string unit)
        => string.Equals(unit, "rank", StringComparison.OrdinalIgnoreCase)
            ? Compute(value, new StatedPrecision(0, 0), q)
            : For(value, surfaceText, q);

    private static (double Low, double High) Compute(double value, StatedPrecision precision, Qualifier q)
    {
        if (value < 0)
        {
            var (low, high) = Compute(-value, precision, q);
            return (-high, -low);
        }

        var step = precision.Step;
        switch (q)
        {
            case Qualifier.Exact:
                return (value - step / 2, value + step / 2);
            case Qualifier.Approx:
            {
                var half = Math.Max(step, ApproxRelativeTolerance * value);
                return (value - half, value + half);
            }
            case Qualifier.Over:
            case Qualifier.AtLeast:
                return (value, value + Math.Max(precision.CoarseStep, BoundRelativeReach * value));
            case Qualifier.Under:
            case Qualifier.AtMost:
            {
                var low = value - Math.Max(precision.CoarseStep, BoundRelativeReach * value);
                return (Math.Max(0, low), value);
            }
            case Qualifier.Nearly:
                return (value - NearlyRelativeReach * value, value);
            default:
                throw new ArgumentOutOfRangeException(nameof(q), q, "unknown qualifier");
        }
    }
}
