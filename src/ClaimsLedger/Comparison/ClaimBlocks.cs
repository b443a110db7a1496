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
    IDisposable? owner = null,
    bool withSentencesOnOwnThread = false,
    IDisposable? sentenceReader = null) : IDisposable
{
    /// <summary>True when <see cref="WithSentences"/> reads over a connection of its own and may run on another thread than the blocks.</summary>
    public bool WithSentencesOnOwnThread { get; } = withSentencesOnOwnThread;

    public IEnumerable<IReadOnlyList<StoredClaim>> Blocks { get; } = blocks;
    public Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> WithSentences { get; } = withSentences;
    public IComparer<StoredClaim> ListingOrder { get; } = listingOrder;

    /// <summary>Claims already in memory, with their sentences: one block, listed as given.</summary>
    public static ClaimBlocks InMemory(IReadOnlyList<StoredClaim> claims) =>
        new(claims.Count == 0 ? [] : [claims], c => c.ToList(), Comparer<StoredClaim>.Create((_, _) => 0));

    /// <summary>The current claims of a ledger (of one metric, by name or alias, when given), read metric by metric.</summary>
    /// <param name="ownsLedger">Dispose the ledger with the blocks.</param>
    public static ClaimBlocks Of(Ledger.LedgerDatabase ledger, string? metric, bool ownsLedger = false)
    {
        var sentences = ledger.ClaimStream.OpenSentenceReader();
        return new ClaimBlocks(ledger.ClaimStream.MetricBlocks(metric, ComparisonEngine.MetricKey),
            sentences is null ? ledger.ClaimStream.WithSentences : sentences.WithSentences,
            Ledger.ClaimStore.ListingOrder, ownsLedger ? ledger : null, sentences is not null, sentences);
    }

    /// <summary>Only the claims whose metric key is <paramref name="metricKey"/> (all when null).</summary>
    public ClaimBlocks OfMetricKey(string? metricKey) => metricKey is null ? this : new ClaimBlocks(
        Blocks.Select(b => (IReadOnlyList<StoredClaim>)b.Where(c => ComparisonEngine.MetricKey(c.Claim.Metric) == metricKey).ToList())
            .Where(b => b.Count > 0),
        WithSentences, ListingOrder, owner, WithSentencesOnOwnThread, sentenceReader);

    public void Dispose()
    {
        sentenceReader?.Dispose();
        owner?.Dispose();
    }
}
