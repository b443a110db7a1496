using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Ingest;

public class ParallelIngestTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void Create() => folder = new TempFolder();

    [TearDown]
    public void Delete() => folder.Dispose();

    /// <summary>The fake extractor made thread-safe, taking a different time per document so that workers finish out of order.</summary>
    private sealed class SlowExtractor : IClaimExtractor
    {
        private int calls;

        public int Calls => calls;

        public ExtractedDocument Extract(SourceDocument document)
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(document.Text.Length * 7 % 40);
            return new FakeClaimExtractor().Extract(document);
        }
    }

    private string[] WriteCorpus(int count)
    {
        for (var i = 0; i < count; i++)
            folder.Write($"in/{i:D2}.txt", $"Briefing {i}\nWe built {i + 1} bridges{new string('.', i % 5)} and {i * 3 + 2} schools.\n");
        return Directory.GetFiles(folder.File("in")).Order(StringComparer.Ordinal).ToArray();
    }

    private static List<(string Path, string Sha, string Claims)> Contents(LedgerDatabase ledger) =>
        ledger.Connection.Query<(string, string, string)>("""
            SELECT d.file_name, d.sha256, group_concat(c.text || '@' || c.start || ' ' || m.name, '|')
            FROM documents d JOIN claims c ON c.document_id = d.id JOIN metrics m ON m.id = c.metric_id
            GROUP BY d.id ORDER BY d.id
            """).ToList();

    [Test]
    public void Four_workers_store_and_report_the_files_in_input_order_with_the_same_ledger_as_one()
    {
        var files = WriteCorpus(24);
        using var sequential = LedgerDatabase.Open(folder.File("one.db"));
        using var parallel = LedgerDatabase.Open(folder.File("four.db"));
        var reported = new List<IngestFileOutcome>();

        var one = new IngestPipeline(sequential, new SlowExtractor()).Run([folder.File("in")], new IngestOptions());
        var four = new IngestPipeline(parallel, new SlowExtractor()).Run([folder.File("in")], new IngestOptions(), reported.Add, 4);

        Assert.That(reported.Select(o => o.Path), Is.EqualTo(files));
        Assert.That(reported.Select(o => o.DocumentId), Is.EqualTo(Enumerable.Range(1, 24).Select(i => (long?)i)));
        Assert.That((four.Added, four.ClaimsAdded, four.Failed), Is.EqualTo((one.Added, one.ClaimsAdded, 0)));
        Assert.That(Contents(parallel), Is.EqualTo(Contents(sequential)));
    }

    [Test]
    public void A_parallel_rerun_extracts_nothing_and_changes_nothing()
    {
        WriteCorpus(10);
        using var ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        new IngestPipeline(ledger, new SlowExtractor()).Run([folder.File("in")], new IngestOptions(), null, 3);
        var before = Contents(ledger);
        var extractor = new SlowExtractor();

        var again = new IngestPipeline(ledger, extractor).Run([folder.File("in")], new IngestOptions(), null, 3);

        Assert.That((again.Added, again.Unchanged, extractor.Calls), Is.EqualTo((0, 10, 0)));
        Assert.That(Contents(ledger), Is.EqualTo(before));
    }

    [Test]
    public void Identical_files_in_one_parallel_run_are_stored_once_and_a_bad_file_fails_alone()
    {
        folder.Write("in/a.txt", "We built 12 bridges.\n");
        folder.Write("in/b.txt", "We built 12 bridges.\n");
        File.WriteAllBytes(folder.File("in/c.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 1, 2]);
        folder.Write("in/d.txt", "We opened 4 schools.\n");
        using var ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        var reported = new List<IngestFileOutcome>();

        var result = new IngestPipeline(ledger, new SlowExtractor()).Run([folder.File("in")], new IngestOptions(), reported.Add, 2);

        Assert.That(reported.Select(o => o.Status),
            Is.EqualTo(new[] { IngestStatus.Added, IngestStatus.Unchanged, IngestStatus.Failed, IngestStatus.Added }));
        Assert.That(reported[1].Message, Is.EqualTo($"same content as document 1 ({folder.File("in/a.txt")}); nothing written"));
        Assert.That(result.Failures.Single(), Does.StartWith(folder.File("in/c.txt") + ": binary file (PNG image)"));
        Assert.That(ledger.Documents.Count(), Is.EqualTo((2L, 2L)));
    }

    [Test]
    public void A_file_skipped_as_known_is_extracted_at_store_time_when_the_ledger_does_not_hold_it()
    {
        var path = folder.Write("a.txt", "We built 12 bridges.\n");
        using var ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        var known = KnownContent.None;
        known.Record(Path.GetFullPath(path), ContentHash.Of(File.ReadAllText(path)));
        var pipeline = new IngestPipeline(ledger, new SlowExtractor());

        var prepared = pipeline.Prepare(path, new IngestOptions(), known);
        var outcome = pipeline.Store(prepared, known);

        Assert.That(prepared.SkippedAsKnown, Is.True);
        Assert.That((outcome.Status, outcome.ClaimsAdded), Is.EqualTo((IngestStatus.Added, 1)));
    }

    [Test]
    public void Preparing_touches_no_database_and_reports_an_unreadable_file_as_its_outcome()
    {
        using var ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        var pipeline = new IngestPipeline(ledger, new SlowExtractor());
        var missing = folder.File("missing.txt");

        var prepared = pipeline.Prepare(missing, new IngestOptions(), KnownContent.None);

        Assert.That(prepared.Failure!.Message, Is.EqualTo($"{missing}: no such file"));
        Assert.That(pipeline.Store(prepared).Status, Is.EqualTo(IngestStatus.Failed));
        Assert.That(ledger.Documents.Count(), Is.EqualTo((0L, 0L)));
    }
}
