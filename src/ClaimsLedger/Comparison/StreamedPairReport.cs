using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// The report of `claims conflicts` over a whole ledger, written exactly as <see cref="PairReportWriter.Write"/> writes
/// the report of <see cref="ComparisonEngine.Compare"/> over all its claims, without holding the claims or the pairs:
/// blocks are compared as they are read (<see cref="BlockPipeline"/>), each pair is written at once into the part of the
/// report of its status (conflicts, compatible, same, republished; memory, then a temporary file past a few MB), and
/// the parts are copied out in order at the end. Blocks come in metric key order, so sorting each block's pairs puts
/// every part in the order of <see cref="ComparisonReport.OrderedPairs"/>. Notes keep the order of a whole-ledger
/// comparison: by the first claim of their group in <see cref="ClaimBlocks.ListingOrder"/>.
/// </summary>
public sealed class StreamedPairReport : IDisposable
{
    private const int MaxNotes = 50;

    private readonly PairSelection selection;
    private readonly List<string> notes;

    private StreamedPairReport(PairSelection selection, int undated, List<string> notes)
    {
        this.selection = selection;
        Undated = undated;
        this.notes = notes;
    }

    /// <summary>How many pairs of each status the report holds.</summary>
    public PairCounts Counts => selection.Tally.Counts;

    /// <summary>How many claims have no period and were not compared.</summary>
    public int Undated { get; }

    /// <summary>Reads and compares every block, writing each pair (that <paramref name="view"/> prints) into its part of the report; nothing is written out yet.</summary>
    /// <param name="held">Given every pair the report holds (counts in its summary), printed or not, in report order per block.</param>
    public static StreamedPairReport Compare(ClaimBlocks claims, ComparisonEngine engine, PairReportFormat format,
        int batchClaims = CorroborationStream.DefaultBatchClaims, int memoryCharsPerPart = SpilledText.DefaultMemoryChars,
        PairView? view = null, Action<ComparedPair>? held = null)
    {
        var selection = new PairSelection(format, view, memoryCharsPerPart);
        try
        {
            var undated = 0;
            var notes = new List<(StoredClaim First, int Sequence, Func<string> Note)>();
            var droppedNotes = 0;
            foreach (var batch in BlockPipeline.Read(claims.Blocks, claims.WithSentences, batchClaims, claims.WithSentencesOnOwnThread))
            {
                var blocks = batch.BlocksWithSentences;
                var compared = new (ComparisonEngine.GroupResult[] Groups, List<StoredClaim> Undated)[blocks.Length];
                var ordered = new IReadOnlyList<ComparedPair>[blocks.Length];
                Parallel.For(0, blocks.Length, i =>
                {
                    compared[i] = engine.CompareGroups(blocks[i], inParallel: false);
                    ordered[i] = new ComparisonReport(compared[i].Groups.SelectMany(g => g.Pairs).ToList(), [], []).OrderedPairs();
                });
                for (var i = 0; i < blocks.Length; i++)
                {
                    foreach (var pair in ordered[i])
                    {
                        if (selection.Offer(pair))
                            held?.Invoke(pair);
                    }
                    undated += compared[i].Undated.Count;
                    foreach (var group in compared[i].Groups)
                    {
                        if (group.Notes.Count == 0) continue;
                        var first = group.Members.Min(claims.ListingOrder)!;
                        foreach (var note in group.Notes) notes.Add((first, notes.Count + droppedNotes, note));
                    }
                }
                droppedNotes += KeepFirstNotes(notes, claims.ListingOrder);
            }

            var written = notes.Select(n => n.Note()).ToList();
            if (droppedNotes > 0) written.Add($"... and {droppedNotes} more notes like these");
            return new StreamedPairReport(selection, undated, written);
        }
        catch
        {
            selection.Dispose();
            throw;
        }
    }

    /// <summary>The report as <see cref="PairReportWriter.Write"/> writes it: head, pairs by status, summary and notes.</summary>
    public void WriteTo(TextWriter output) => selection.WriteTo(output, Undated, notes);

    public void Dispose() => selection.Dispose();

    /// <summary>Sorts the notes as a whole-ledger comparison lists them and keeps the first <see cref="MaxNotes"/>; returns how many it dropped.</summary>
    private static int KeepFirstNotes(List<(StoredClaim First, int Sequence, Func<string> Note)> notes, IComparer<StoredClaim> listingOrder)
    {
        notes.Sort((x, y) =>
        {
            var byFirst = ReferenceEquals(x.First, y.First) ? 0 : listingOrder.Compare(x.First, y.First);
            return byFirst != 0 ? byFirst : x.Sequence.CompareTo(y.Sequence);
        });
        var dropped = Math.Max(0, notes.Count - MaxNotes);
        notes.RemoveRange(notes.Count - dropped, dropped);
        return dropped;
    }
}
