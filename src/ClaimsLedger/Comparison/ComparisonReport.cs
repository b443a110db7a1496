using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>Every compared pair, the claims that could not be compared for want of a period, and notes on what was skipped.</summary>
public sealed record ComparisonReport(
    IReadOnlyList<ComparedPair> Pairs,
    IReadOnlyList<StoredClaim> Undated,
    IReadOnlyList<string> Notes)
{
    /// <summary>Conflicts first, then compatible, then same, then republished; within a status by metric, period, ids.</summary>
    public IReadOnlyList<ComparedPair> OrderedPairs() => Pairs
        .OrderBy(p => p.Status)
        .ThenBy(p => ComparisonEngine.MetricKey(p.Metric), StringComparer.Ordinal)
        .ThenBy(p => p.PeriodStart)
        .ThenBy(p => p.PeriodEnd)
        .ThenBy(p => p.A.Id)
        .ThenBy(p => p.B.Id)
        .ToList();

    public int Count(PairStatus status) => Pairs.Count(p => p.Status == status);

    /// <summary>Per claim: independent confirmations and the claims it conflicts with.</summary>
    public CorroborationIndex Corroboration() => CorroborationIndex.From(Pairs);
}
