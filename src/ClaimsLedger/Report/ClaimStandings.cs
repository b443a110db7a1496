using ClaimsLedger.Comparison;

namespace ClaimsLedger.Report;

/// <summary>
/// How each claim of one metric stands against the others: its colour in the chart (the most serious status of its
/// pairs, <see cref="NotCompared"/> when it has none) and the pairs the page lists for it, at most
/// <see cref="PairsPerClaim"/> per claim, conflicts first, so a group of thousands of copies stays small.
/// </summary>
internal sealed class ClaimStandings
{
    /// <summary>The status of a claim no pair names: alone in its period, same source only, no date, or units that do not convert.</summary>
    public static readonly int NotCompared = Enum.GetValues<PairStatus>().Length;

    public const int PairsPerClaim = 12;

    private readonly Dictionary<long, int> status = [];

    private ClaimStandings(List<ComparedPair> listed) => Listed = listed;

    /// <summary>The pairs the page shows, each once, conflicts first.</summary>
    public IReadOnlyList<ComparedPair> Listed { get; }

    public static ClaimStandings Of(ComparisonReport report)
    {
        var kept = new Dictionary<long, int>();
        var listed = new List<ComparedPair>();
        var standings = new ClaimStandings(listed);
        foreach (var pair in report.Pairs.OrderBy(p => p.Status).ThenBy(p => p.A.Id).ThenBy(p => p.B.Id))
        {
            standings.Note(pair.A.Id, pair.Status);
            standings.Note(pair.B.Id, pair.Status);
            var keptA = kept.GetValueOrDefault(pair.A.Id);
            var keptB = kept.GetValueOrDefault(pair.B.Id);
            if (keptA >= PairsPerClaim && keptB >= PairsPerClaim) continue;
            kept[pair.A.Id] = keptA + 1;
            kept[pair.B.Id] = keptB + 1;
            listed.Add(pair);
        }
        return standings;
    }

    /// <summary>The index of a <see cref="PairStatus"/> (0 conflict … 4 unresolved), or <see cref="NotCompared"/>.</summary>
    public int StatusOf(long claimId) => status.GetValueOrDefault(claimId, NotCompared);

    private void Note(long id, PairStatus pairStatus)
    {
        var value = (int)pairStatus;
        if (!status.TryGetValue(id, out var current) || value < current) status[id] = value;
    }
}
