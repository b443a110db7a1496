using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Puts every stated figure for a metric side by side. Claims are grouped by (metric, case-insensitive; period, see
/// <see cref="ComparisonPeriod"/>) and compared only within their group, only across documents or speakers.
/// A group larger than <see cref="MaxClaimsComparedPairwise"/> (thousands of copies of one wire story, or an extraction
/// artefact) is compared by distinct figure: one claim per figure, every two figures up to
/// <see cref="MaxFiguresComparedPairwise"/> figures, else each with the next in value order, so work and output grow with
/// the figures, at worst linearly, never with the square of the claims. Such groups are named in
/// <see cref="ComparisonReport.Notes"/> and <see cref="DegenerateGroups"/>.
/// </summary>
public sealed class ComparisonEngine(CurrencyRates rates, int maxClaimsComparedPairwise = ComparisonEngine.DefaultMaxClaimsComparedPairwise)
{
    public const int DefaultMaxClaimsComparedPairwise = 2000;

    /// <summary>In a group past <see cref="MaxClaimsComparedPairwise"/>, up to this many distinct figures are judged pairwise.</summary>
    public const int MaxFiguresComparedPairwise = 200;

    private const int MaxNotes = 50;

    private readonly PairJudge judge = new(rates);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> degenerateGroups = new();

    /// <summary>One line per group compared so far that was past <see cref="MaxClaimsComparedPairwise"/>, naming its metric and period: commands print them as warnings.</summary>
    public IReadOnlyCollection<string> DegenerateGroups => degenerateGroups;

    public int MaxClaimsComparedPairwise { get; } = maxClaimsComparedPairwise;

    public ComparisonReport Compare(IEnumerable<StoredClaim> claims) => Compare(claims, inParallel: true);

    /// <param name="inParallel">False when the caller already compares many blocks at once (a streamed comparison):
    /// the groups of one block are then compared on the calling thread.</param>
    internal ComparisonReport Compare(IEnumerable<StoredClaim> claims, bool inParallel)
    {
        var (found, undated) = CompareGroups(claims, inParallel);
        var pairs = new List<ComparedPair>(found.Sum(r => r.Pairs.Count));
        var notes = new NoteList(MaxNotes);
        foreach (var result in found)
        {
            pairs.AddRange(result.Pairs);
            foreach (var note in result.Notes) notes.Add(note);
        }
        return new ComparisonReport(pairs, undated, notes.ToList());
    }

    /// <summary>
    /// Every group of two or more claims compared, in the order of each group's first claim in <paramref name="claims"/>,
    /// and the undated claims by id.
    /// </summary>
    internal (GroupResult[] Groups, List<StoredClaim> Undated) CompareGroups(IEnumerable<StoredClaim> claims, bool inParallel)
    {
        var groups = new Dictionary<(string Metric, ComparisonPeriod Period), List<StoredClaim>>();
        var undated = new List<StoredClaim>();
        string? lastMetric = null, lastKey = null;
        foreach (var stored in claims)
        {
            var period = ComparisonPeriod.Of(stored.Claim.PeriodStart, stored.Claim.PeriodEnd);
            if (period is null)
            {
                undated.Add(stored);
                continue;
            }
            // Claims arrive mostly metric by metric: the key of the previous metric name is reused.
            if (!ReferenceEquals(stored.Claim.Metric, lastMetric))
            {
                lastMetric = stored.Claim.Metric;
                lastKey = MetricKey(lastMetric);
            }
            var key = (lastKey!, period.Value);
            if (!groups.TryGetValue(key, out var members)) groups[key] = members = [];
            members.Add(stored);
        }

        // Groups are independent: compared in parallel, gathered back in a fixed order (first appearance of the group).
        var comparable = groups.Values.Where(members => members.Count >= 2).ToArray();
        var found = new GroupResult[comparable.Length];
        void CompareAt(int i)
        {
            var members = comparable[i];
            var period = ComparisonPeriod.Of(members[0].Claim.PeriodStart, members[0].Claim.PeriodEnd)!.Value;
            found[i] = CompareGroup(members, period);
        }
        if (!inParallel || comparable.Length <= 4) // a block of a streamed comparison: not worth the threads
            for (var i = 0; i < comparable.Length; i++) CompareAt(i);
        else
            Parallel.For(0, comparable.Length, CompareAt);
        undated.Sort((x, y) => x.Id.CompareTo(y.Id));
        return (found, undated);
    }

    /// <summary>
    /// The claims whose sentence the comparison may read: those sharing their group and stated figure with a claim of
    /// another document (the only pairs checked for republication). Every other claim is compared without its sentence.
    /// The figure is matched on unit, value and qualifier, not on the interval it allows (that takes reading the figure's
    /// text), so a few claims more than strictly needed may be named, never fewer.
    /// </summary>
    public static IEnumerable<long> ClaimsNeedingSentences(IEnumerable<StoredClaim> claims)
    {
        var units = new Dictionary<string, CanonicalUnit>();
        var groups = new Dictionary<(string Metric, ComparisonPeriod Period, string Unit, double Value, Qualifier Qualifier), SameFigure>();
        string? lastMetric = null, lastKey = null;
        foreach (var stored in claims)
        {
            var claim = stored.Claim;
            var period = ComparisonPeriod.Of(claim.PeriodStart, claim.PeriodEnd);
            if (period is null) continue;
            if (!ReferenceEquals(claim.Metric, lastMetric))
            {
                lastMetric = claim.Metric;
                lastKey = MetricKey(lastMetric);
            }
            if (!units.TryGetValue(claim.Unit, out var unit)) units[claim.Unit] = unit = UnitNormalizer.Normalize(claim.Unit);
            var key = (lastKey!, period.Value, unit.Name, claim.Value * unit.Factor, claim.Qualifier);
            if (!groups.TryGetValue(key, out var same)) groups[key] = same = new SameFigure(stored.DocumentId);
            same.Add(stored);
        }
        return groups.Values.Where(g => g.ManyDocuments).SelectMany(g => g.Ids);
    }

    /// <summary>The claims stating one figure in one group, and whether they come from more than one document.</summary>
    private sealed class SameFigure(long firstDocument)
    {
        public List<long> Ids { get; } = [];
        public bool ManyDocuments { get; private set; }

        public void Add(StoredClaim claim)
        {
            Ids.Add(claim.Id);
            ManyDocuments |= claim.DocumentId != firstDocument;
        }
    }

    /// <summary>The metric as grouped: trimmed, inner whitespace collapsed, lower case.</summary>
    public static string MetricKey(string metric) =>
        string.Join(' ', metric.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>The compared pairs of one group (metric key, period), the group's claims as given, and its notes, written when asked.</summary>
    internal sealed record GroupResult(List<StoredClaim> Members, List<ComparedPair> Pairs, List<Func<string>> Notes);

    private GroupResult CompareGroup(List<StoredClaim> members, ComparisonPeriod period)
    {
        var pairs = new List<ComparedPair>();
        var notes = new List<Func<string>>();
        var figures = members.Select(m => new StatedFigure(m)).OrderBy(f => f.Id).ToArray();
        if (figures.Length <= MaxClaimsComparedPairwise)
        {
            for (var i = 0; i < figures.Length; i++)
                for (var j = i + 1; j < figures.Length; j++)
                    Add(figures[i], figures[j], period, pairs, notes);
            return new GroupResult(members, pairs, notes);
        }

        // A degenerate group (tens of thousands of claims of one metric and period: an extraction artefact, or one wire
        // story copied everywhere): each distinct figure is judged once, by its first claim, so the pairs grow with the
        // figures, not the claims; past MaxFiguresComparedPairwise figures each is judged against the next in value order.
        var distinct = figures.DistinctBy(f => f.FigureKey).ToArray();
        var everyPair = distinct.Length <= MaxFiguresComparedPairwise;
        var warning = $"{figures[0].Stored.Claim.Metric} {period.Label}: {figures.Length} claims in one period (an extraction artefact?); "
            + $"compared as {distinct.Length} distinct figures, "
            + (everyPair ? "one pair per two figures" : "each figure with the next in value order");
        degenerateGroups.Enqueue(warning);
        notes.Add(() => warning);
        if (everyPair)
        {
            for (var i = 0; i < distinct.Length; i++)
                for (var j = i + 1; j < distinct.Length; j++)
                    Add(distinct[i], distinct[j], period, pairs, notes);
            return new GroupResult(members, pairs, notes);
        }
        var byValue = distinct.OrderBy(f => f.Unit.Name, StringComparer.Ordinal).ThenBy(f => f.Range.Low).ThenBy(f => f.Range.High).ThenBy(f => f.Id).ToArray();
        for (var i = 0; i + 1 < byValue.Length; i++)
            Add(byValue[i], byValue[i + 1], period, pairs, notes);
        return new GroupResult(members, pairs, notes);
    }

    private void Add(StatedFigure a, StatedFigure b, ComparisonPeriod period, List<ComparedPair> pairs, List<Func<string>> notes)
    {
        if (a.SameSourceAs(b)) return;
        var subjects = PairJudge.Subjects(a, b);
        if (subjects == SubjectMatch.Different) return; // figures about two subjects are never compared
        var (first, second) = a.Id <= b.Id ? (a, b) : (b, a);
        var verdict = judge.Judge(first, second, period);
        if (verdict.Status == PairStatus.Conflict && subjects == SubjectMatch.OneUnknown)
            verdict = verdict with { Status = PairStatus.Unresolved };
        if (verdict.Status is null) notes.Add(() => PairJudge.Explain(first, second, verdict, period));
        else pairs.Add(new ComparedPair(first, second, verdict, period));
    }

    /// <summary>Keeps the first few notes and counts the rest.</summary>
    internal sealed class NoteList(int max)
    {
        private readonly List<string> kept = [];
        private int dropped;

        public void Add(Func<string> note)
        {
            if (kept.Count < max) kept.Add(note());
            else dropped++;
        }

        public IReadOnlyList<string> ToList() =>
            dropped == 0 ? kept : [.. kept, $"... and {dropped} more notes like these"];
    }
}
