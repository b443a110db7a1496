using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>A claim with what the other sources of its metric and period say about it.</summary>
public sealed record CorroboratedClaim(StoredClaim Stored, ClaimCorroboration Corroboration);

/// <summary>
/// The corroboration of every claim of a ledger without holding the ledger in memory: claims arrive in blocks (all the
/// claims of one metric key, see <see cref="ComparisonEngine.MetricKey"/>), each block is compared alone (the
/// comparison never pairs claims of different metrics), several blocks at a time on all cores, and the claims come out
/// in the order they came in. Sentences, needed only to tell a republication from a confirmation, are fetched for the
/// claims that may need them (<see cref="ComparisonEngine.ClaimsNeedingSentences"/>), a batch of blocks at a time.
/// </summary>
public static class CorroborationStream
{
    public const int DefaultBatchClaims = 50_000;

    /// <param name="withSentences">Returns the given claims with <see cref="StoredClaim.Sentence"/> filled in.</param>
    /// <param name="withSentencesOnOwnThread">True when <paramref name="withSentences"/> reads over a connection of its own
    /// (see <see cref="BlockPipeline.Read"/>).</param>
    /// <param name="everySentence">Every claim comes out with its sentence (the export prints it), not only those the comparison needs.</param>
    /// <remarks>
    /// Reading is overlapped with comparing: one background thread reads the next batch (see <see cref="BlockPipeline"/>)
    /// while the caller's thread compares and yields the current one. At most two batches are in memory.
    /// </remarks>
    public static IEnumerable<CorroboratedClaim> Corroborate(
        IEnumerable<IReadOnlyList<StoredClaim>> metricBlocks,
        ComparisonEngine engine,
        Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> withSentences,
        int batchClaims = DefaultBatchClaims,
        bool withSentencesOnOwnThread = false,
        bool everySentence = false)
    {
        foreach (var batch in BlockPipeline.Read(metricBlocks, withSentences, batchClaims, withSentencesOnOwnThread, everySentence))
        {
            var blocks = batch.BlocksWithSentences;
            var indexes = new CorroborationIndex[blocks.Length];
            Parallel.For(0, blocks.Length, i => indexes[i] = engine.Compare(blocks[i], inParallel: false).Corroboration());
            for (var i = 0; i < blocks.Length; i++)
            {
                foreach (var stored in everySentence ? blocks[i] : batch.Blocks[i])
                    yield return new CorroboratedClaim(stored, indexes[i].For(stored.Id));
            }
        }
    }
}
