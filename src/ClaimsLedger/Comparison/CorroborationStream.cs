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
    /// <remarks>
    /// Reading is overlapped with comparing: one background thread reads the next batch (all database access happens
    /// there, so the connection is only ever used by one thread at a time) while the caller's thread compares and yields
    /// the current one. At most two batches are in memory.
    /// </remarks>
    public static IEnumerable<CorroboratedClaim> Corroborate(
        IEnumerable<IReadOnlyList<StoredClaim>> metricBlocks,
        ComparisonEngine engine,
        Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> withSentences,
        int batchClaims = DefaultBatchClaims)
    {
        using var ready = new System.Collections.Concurrent.BlockingCollection<(List<IReadOnlyList<StoredClaim>> Batch, List<StoredClaim>[] Blocks)>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var batch in Batches(metricBlocks, batchClaims))
                    ready.Add((batch, WithNeededSentences(batch, withSentences)), stop.Token);
            }
            finally
            {
                ready.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var (batch, blocks) in ready.GetConsumingEnumerable())
            {
                var indexes = new CorroborationIndex[blocks.Length];
                Parallel.For(0, blocks.Length, i => indexes[i] = engine.Compare(blocks[i], inParallel: false).Corroboration());
                for (var i = 0; i < blocks.Length; i++)
                {
                    foreach (var stored in batch[i])
                        yield return new CorroboratedClaim(stored, indexes[i].For(stored.Id));
                }
            }
        }
        finally
        {
            stop.Cancel();
            while (ready.TryTake(out _)) { } // unblock a reader waiting to add, so it can see the cancellation
            try
            {
                reader.Wait();
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // the caller stopped early; a real read error is not caught here and surfaces on the caller's thread
            }
        }
    }

    /// <summary>The blocks of a batch with sentences filled in for the claims whose comparison may need them.</summary>
    private static List<StoredClaim>[] WithNeededSentences(
        List<IReadOnlyList<StoredClaim>> batch, Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> withSentences)
    {
        var needing = batch.SelectMany(ComparisonEngine.ClaimsNeedingSentences).ToHashSet();
        var filled = needing.Count == 0 ? new Dictionary<long, StoredClaim>()
            : withSentences(batch.SelectMany(b => b).Where(c => needing.Contains(c.Id))).ToDictionary(c => c.Id);
        return batch.Select(b => b.Select(c => filled.GetValueOrDefault(c.Id, c)).ToList()).ToArray();
    }

    private static IEnumerable<List<IReadOnlyList<StoredClaim>>> Batches(IEnumerable<IReadOnlyList<StoredClaim>> blocks, int batchClaims)
    {
        var batch = new List<IReadOnlyList<StoredClaim>>();
        var claims = 0;
        foreach (var block in blocks)
        {
            batch.Add(block);
            claims += block.Count;
            if (claims >= batchClaims)
            {
                yield return batch;
                batch = [];
                claims = 0;
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }
}
