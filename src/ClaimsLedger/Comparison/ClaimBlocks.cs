using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Claims to compare without holding them all: blocks that each hold every claim of their metric keys (see
/// <see cref="ComparisonEngine.MetricKey"/>), blocks in ascending ordinal key order; a way to fill in the sentences of
/// the claims that need them; and the order in which the same claims are listed when read all at once (it decides the
/// order of a report's notes). Disposing it disposes what the blocks are read from.
/// </summary>
public sealed class ClaimBlocks(
    IEnumerable<IReadOnlyList<StoredClaim>> blocks,
    Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> withSentences,
    IComparer<StoredClaim> listingOrder,
    IDisposable? owner = null) : IDisposable
{
    public IEnumerable<IReadOnlyList<StoredClaim>> Blocks { get; } = blocks;
    public Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> WithSentences { get; } = withSentences;
    public IComparer<StoredClaim> ListingOrder { get; } = listingOrder;

    /// <summary>Claims already in memory, with their sentences: one block, listed as given.</summary>
    public static ClaimBlocks InMemory(IReadOnlyList<StoredClaim> claims) =>
        new(claims.Count == 0 ? [] : [claims], c => c.ToList(), Comparer<StoredClaim>.Create((_, _) => 0));

    /// <summary>The current claims of a ledger (of one metric, by name or alias, when given), read metric by metric.</summary>
    /// <param name="ownsLedger">Dispose the ledger with the blocks.</param>
    public static ClaimBlocks Of(Ledger.LedgerDatabase ledger, string? metric, bool ownsLedger = false) => new(
        ledger.ClaimStream.MetricBlocks(metric, ComparisonEngine.MetricKey), ledger.ClaimStream.WithSentences,
        Ledger.ClaimStore.ListingOrder, ownsLedger ? ledger : null);

    /// <summary>Only the claims whose metric key is <paramref name="metricKey"/> (all when null).</summary>
    public ClaimBlocks OfMetricKey(string? metricKey) => metricKey is null ? this : new ClaimBlocks(
        Blocks.Select(b => (IReadOnlyList<StoredClaim>)b.Where(c => ComparisonEngine.MetricKey(c.Claim.Metric) == metricKey).ToList())
            .Where(b => b.Count > 0),
        WithSentences, ListingOrder, owner);

    public void Dispose() => owner?.Dispose();
}
