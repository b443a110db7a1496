namespace ClaimsLedger.Comparison;

/// <summary>
/// Which compared pairs a report holds and prints: <see cref="Include"/> decides which pairs are in it (counted in the
/// summary), <see cref="PrintRepublished"/> whether copies among them are written out (a republished corpus has them by
/// the million), <see cref="Limit"/> how many pairs at most (in report order). The default holds and prints every pair.
/// </summary>
public sealed record PairView
{
    public static PairView Everything { get; } = new();

    public Func<ComparedPair, bool> Include { get; init; } = _ => true;

    public bool PrintRepublished { get; init; } = true;

    internal bool Prints(PairStatus status) => PrintRepublished || status != PairStatus.Republished;

    public int? Limit { get; init; }
}

/// <summary>How many pairs of each status a report holds, overall and per metric, and how many it did not print.</summary>
public sealed class PairTally
{
    private readonly Dictionary<string, PairCounts> byMetric = new(StringComparer.Ordinal);

    public PairCounts Counts { get; private set; }

    /// <summary>Republished pairs held but not printed.</summary>
    public int NotPrinted { get; private set; }

    /// <summary>Per metric, most conflicts first, then most pairs, then by name.</summary>
    public IEnumerable<(string Metric, PairCounts Counts)> ByMetric => byMetric
        .OrderByDescending(m => m.Value.Conflict).ThenByDescending(m => m.Value.Total).ThenBy(m => m.Key, StringComparer.Ordinal)
        .Select(m => (m.Key, m.Value));

    public int Metrics => byMetric.Count;

    internal void Add(ComparedPair pair, bool printed)
    {
        Counts = Counts.Add(pair.Status);
        byMetric[pair.Metric] = byMetric.GetValueOrDefault(pair.Metric).Add(pair.Status);
        if (!printed)
            NotPrinted++;
    }
}
