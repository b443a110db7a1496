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
    /// <param name="withSentencesOnOwnThread">True when <paramref name="withSentences"/> reads over a connection of its
    /// own (see <see cref="Ledger.ClaimStream.OpenSentenceReader"/>): sentences are then read on a second background
    /// thread while the first reads the next batch of blocks, and at most three batches are in memory.</param>
    /// <param name="everySentence">Fill in the sentence of every claim, not only of those the comparison may need.</param>
    public static IEnumerable<Batch> Read(
        IEnumerable<IReadOnlyList<StoredClaim>> blocks,
        Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> withSentences,
        int batchClaims,
        bool withSentencesOnOwnThread = false,
        bool everySentence = false)
    {
        using var read = new BlockingCollection<List<IReadOnlyList<StoredClaim>>>(boundedCapacity: 1);
        using var ready = new BlockingCollection<Batch>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        var stages = new List<Task>();
        if (withSentencesOnOwnThread)
        {
            stages.Add(Stage(() =>
            {
                foreach (var batch in Batches(blocks, batchClaims))
                    read.Add(batch, stop.Token);
            }, read.CompleteAdding, stop.Token));
            stages.Add(Stage(() =>
            {
                foreach (var batch in read.GetConsumingEnumerable(stop.Token))
                    ready.Add(new Batch(batch, WithNeededSentences(batch, withSentences, everySentence)), stop.Token);
            }, ready.CompleteAdding, stop.Token));
        }
        else
        {
            stages.Add(Stage(() =>
            {
                foreach (var batch in Batches(blocks, batchClaims))
                    ready.Add(new Batch(batch, WithNeededSentences(batch, withSentences, everySentence)), stop.Token);
            }, ready.CompleteAdding, stop.Token));
        }

        try
        {
            foreach (var batch in ready.GetConsumingEnumerable())
                yield return batch;
        }
        finally
        {
            stop.Cancel();
            // unblock a stage waiting to add, so it can see the cancellation
            while (ready.TryTake(out _)) { }
            while (read.TryTake(out _)) { }
            try
            {
                Task.WaitAll([.. stages]);
            }
            catch (AggregateException e) when (e.Flatten().InnerExceptions.All(x => x is OperationCanceledException))
            {
                // the caller stopped early; a real read error is not caught here and surfaces on the caller's thread
            }
        }
    }

    /// <summary>A background thread that runs <paramref name="work"/>, then <paramref name="completed"/> however it ends.</summary>
    private static Task Stage(Action work, Action completed, CancellationToken stop) => Task.Factory.StartNew(() =>
    {
        try
        {
            work();
        }
        finally
        {
            completed();
        }
    }, stop, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The blocks of a batch with sentences filled in for the claims whose comparison may need them (or for all).</summary>
    private static List<StoredClaim>[] WithNeededSentences(
        List<IReadOnlyList<StoredClaim>> batch, Func<IEnumerable<StoredClaim>, IReadOnlyList<StoredClaim>> withSentences, bool everySentence)
    {
        var needing = everySentence ? batch.SelectMany(b => b).Select(c => c.Id).ToHashSet()
            : batch.SelectMany(ComparisonEngine.ClaimsNeedingSentences).ToHashSet();
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
