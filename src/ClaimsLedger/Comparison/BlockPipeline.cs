using System.Collections.Concurrent;
using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Blocks of claims (each holding every claim of its metric keys) read on one background thread, a batch of blocks at a
/// time, with the sentences the comparison may need (<see cref="ComparisonEngine.ClaimsNeedingSentences"/>), while the
/// caller's thread works on the previous batch: all database access happens on the reading thread, so a connection is
/// only ever used by one thread at a time. At most two batches are in memory.
/// </summary>
internal static class BlockPipeline
{
    /// <summary>One batch: the blocks as read (no sentences) and the same blocks with the needed sentences filled in.</summary>
    public sealed record Batch(List<IReadOnlyList<StoredClaim>> Blocks, List<StoredClaim>[] BlocksWithSentences);

    /// <param name="withSentences">Returns the given claims with <see cref="StoredClaim.Sentence"/> filled in.</param>
    public static IEnumerable<Batch> Read(
        IEnumerable<IReadOnlyList<StoredClaim>> blocks,
        Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> withSentences,
        int batchClaims)
    {
        using var ready = new BlockingCollection<Batch>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var batch in Batches(blocks, batchClaims))
                    ready.Add(new Batch(batch, WithNeededSentences(batch, withSentences)), stop.Token);
            }
            finally
            {
                ready.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var batch in ready.GetConsumingEnumerable())
                yield return batch;
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
