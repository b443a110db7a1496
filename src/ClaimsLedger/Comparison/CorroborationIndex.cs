namespace ClaimsLedger.Comparison;

/// <summary>
/// What the other sources say about one claim.
/// </summary>
/// <param name="IndependentSources">How many independent sources state a same or compatible figure (see
/// <see cref="CorroborationIndex.SourceOf"/>): copies of one passage (republished pairs, transitively) count once, and
/// neither the claim's own source nor a copy of the claim itself counts.</param>
/// <param name="ConflictsWith">Ids of the claims it conflicts with, ascending (after <see cref="WithConflictIdsAtMost"/>,
/// the first of them only).</param>
/// <param name="RepublishedAs">Ids of the claims that are copies of it (or it of them), ascending.</param>
public sealed record ClaimCorroboration(
    long ClaimId,
    int IndependentSources,
    IReadOnlyList<long> ConflictsWith,
    IReadOnlyList<long> RepublishedAs)
{
    /// <summary>How many claims it conflicts with, also when <see cref="ConflictsWith"/> holds only the first of them.</summary>
    public int ConflictCount { get; init; } = ConflictsWith.Count;

    /// <summary>The same, <see cref="ConflictsWith"/> cut to its first <paramref name="maxIds"/> ids (the lowest);
    /// <see cref="ConflictCount"/> still counts them all. What an export writes: one claim of a metric and period stated
    /// by thousands would otherwise carry thousands of ids, and every claim of that group as many.</summary>
    public ClaimCorroboration WithConflictIdsAtMost(int maxIds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxIds);
        return ConflictsWith.Count <= maxIds ? this : this with { ConflictsWith = ConflictsWith.Take(maxIds).ToList() };
    }
}

/// <summary>The per-claim columns of an export, computed from compared pairs (see <see cref="ComparisonReport.Corroboration"/>).</summary>
public sealed class CorroborationIndex
{
    private readonly Dictionary<long, ClaimCorroboration> byClaim;

    private CorroborationIndex(Dictionary<long, ClaimCorroboration> byClaim) => this.byClaim = byClaim;

    /// <summary>Every claim that appears in at least one pair.</summary>
    public IReadOnlyCollection<ClaimCorroboration> All => byClaim.Values;

    /// <summary>The corroboration of a claim; a claim compared with nothing has no sources and no conflicts.</summary>
    public ClaimCorroboration For(long claimId) =>
        byClaim.TryGetValue(claimId, out var found) ? found : new ClaimCorroboration(claimId, 0, [], []);

    public static CorroborationIndex From(IEnumerable<ComparedPair> pairs)
    {
        var pairList = pairs as IReadOnlyList<ComparedPair> ?? pairs.ToList();
        var copies = new UnionFind();
        foreach (var pair in pairList)
            if (pair.Status == PairStatus.Republished) copies.Union(pair.A.Id, pair.B.Id);

        var agreeing = new Dictionary<long, List<Model.StoredClaim>>();
        var sources = new Dictionary<long, string>();
        var conflicts = new Dictionary<long, List<long>>();
        var republished = new Dictionary<long, List<long>>();
        foreach (var pair in pairList)
        {
            switch (pair.Status)
            {
                case PairStatus.Same or PairStatus.Compatible:
                    Get(agreeing, pair.A.Id).Add(pair.B);
                    Get(agreeing, pair.B.Id).Add(pair.A);
                    sources.TryAdd(pair.A.Id, SourceOf(pair.A));
                    sources.TryAdd(pair.B.Id, SourceOf(pair.B));
                    break;
                case PairStatus.Conflict:
                    Get(conflicts, pair.A.Id).Add(pair.B.Id);
                    Get(conflicts, pair.B.Id).Add(pair.A.Id);
                    break;
                case PairStatus.Republished:
                    Get(republished, pair.A.Id).Add(pair.B.Id);
                    Get(republished, pair.B.Id).Add(pair.A.Id);
                    break;
            }
        }

        var ids = agreeing.Keys.Concat(conflicts.Keys).Concat(republished.Keys).ToHashSet();
        var result = new Dictionary<long, ClaimCorroboration>();
        var scratch = new SourceScratch();
        foreach (var id in ids)
        {
            var independent = agreeing.TryGetValue(id, out var partners) ? CountIndependent(id, partners, sources, copies, scratch) : 0;
            result[id] = new ClaimCorroboration(id, independent,
                conflicts.TryGetValue(id, out var c) ? Ascending(c) : [],
                republished.TryGetValue(id, out var r) ? Ascending(r) : []);
        }
        return new CorroborationIndex(result);
    }

    /// <summary>
    /// Who a claim's figure comes from, for counting independent sources: the organisation that published its document
    /// when the ledger knows it (<c>documents.source</c>, any case), else the document itself. So the several officials
    /// of one press conference, or a reporter repeating the figure in a question, are one source (their document), and
    /// two documents of one publisher are one source; speakers never add sources.
    /// </summary>
    public static string SourceOf(Model.StoredClaim claim) => claim.Source is { Length: > 0 } publisher
        ? "publisher:" + publisher.Trim().ToLowerInvariant()
        : "document:" + claim.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Partners merged when they are copies of each other or share a source; copies of the claim itself and its own source dropped.</summary>
    private static int CountIndependent(long claimId, List<Model.StoredClaim> partners, Dictionary<long, string> sources, UnionFind copies,
        SourceScratch scratch)
    {
        var ownSource = sources[claimId];
        var own = copies.Find(claimId);
        scratch.Clear();
        var (groups, firstByCopy, firstBySource, counted) = (scratch.Groups, scratch.FirstByCopy, scratch.FirstBySource, scratch.Counted);
        foreach (var partner in partners)
        {
            var copyRoot = copies.Find(partner.Id);
            var source = sources[partner.Id];
            if (copyRoot == own || source == ownSource) continue;
            counted.Add(partner.Id);
            if (firstByCopy.TryGetValue(copyRoot, out var firstCopy)) groups.Union(firstCopy, partner.Id);
            else firstByCopy[copyRoot] = partner.Id;
            if (firstBySource.TryGetValue(source, out var firstSource)) groups.Union(firstSource, partner.Id);
            else firstBySource[source] = partner.Id;
        }
        if (counted.Count <= 1) return counted.Count;
        var roots = scratch.Roots;
        foreach (var id in counted) roots.Add(groups.Find(id));
        return roots.Count;
    }

    /// <summary>The collections <see cref="CountIndependent"/> works in, reused from one claim to the next.</summary>
    private sealed class SourceScratch
    {
        public UnionFind Groups { get; } = new();
        public Dictionary<long, long> FirstByCopy { get; } = [];
        public Dictionary<string, long> FirstBySource { get; } = [];
        public HashSet<long> Counted { get; } = [];
        public HashSet<long> Roots { get; } = [];

        public void Clear()
        {
            Groups.Clear();
            FirstByCopy.Clear();
            FirstBySource.Clear();
            Counted.Clear();
            Roots.Clear();
        }
    }

    /// <summary>The ids sorted, each once.</summary>
    private static List<long> Ascending(List<long> ids)
    {
        ids.Sort();
        var kept = 0;
        for (var i = 0; i < ids.Count; i++)
            if (i == 0 || ids[i] != ids[i - 1]) ids[kept++] = ids[i];
        ids.RemoveRange(kept, ids.Count - kept);
        return ids;
    }

    private static TValue Get<TValue>(Dictionary<long, TValue> map, long key) where TValue : new()
    {
        if (!map.TryGetValue(key, out var value)) map[key] = value = new TValue();
        return value;
    }

    private sealed class UnionFind
    {
        private readonly Dictionary<long, long> parent = new();

        public void Clear() => parent.Clear();

        public long Find(long id)
        {
            var root = id;
            while (parent.TryGetValue(root, out var up) && up != root) root = up;
            while (id != root && parent.TryGetValue(id, out var next)) { parent[id] = root; id = next; }
            return root;
        }

        public void Union(long a, long b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
