using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Two claims for the same metric and period, from different documents or speakers, and what they say to each other.
/// <see cref="A"/> has the lower id. The period is the comparison period both claims fall in (see <see cref="ComparisonPeriod"/>).
/// The reason is written on first use: a ledger of a million claims yields millions of pairs, few of which are printed.
/// </summary>
public sealed class ComparedPair
{
    private readonly StatedFigure figureA;
    private readonly StatedFigure figureB;
    private readonly Verdict verdict;
    private readonly ComparisonPeriod period;
    private string? reason;

    internal ComparedPair(StatedFigure a, StatedFigure b, Verdict verdict, ComparisonPeriod period)
    {
        figureA = a;
        figureB = b;
        this.verdict = verdict;
        this.period = period;
    }

    public StoredClaim A => figureA.Stored;
    public StoredClaim B => figureB.Stored;
    public PairStatus Status => verdict.Status!.Value;
    public string Metric => figureA.Stored.Claim.Metric;
    public DateOnly PeriodStart => period.Start;
    public DateOnly PeriodEnd => period.End;

    /// <summary>Why: both figures, the intervals they allow (and the rates used), and the overlap or the miss.</summary>
    public string Reason => reason ??= PairJudge.Explain(figureA, figureB, verdict, period);
}
