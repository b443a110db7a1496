using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ClaimsLedger.Tests.Ingest;

public class IngestPipelineTests
{
    private TempFolder folder = null!;
    private LedgerDatabase ledger = null!;
    private FakeClaimExtractor extractor = null!;

    [SetUp]
    public void Open()
    {
        folder = new TempFolder();
        ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        extractor = new FakeClaimExtractor();
    }

    [TearDown]
    public void Close()
    {
        ledger.Dispose();
        folder.Dispose();
    }

    private IngestResult Ingest(params string[] paths) => Ingest(new IngestOptions(), paths);

    private IngestResult Ingest(IngestOptions options, params string[] paths) =>
        new IngestPipeline(ledger, extractor).Run(paths, options);

    [Test]
    public void A_folder_is_ingested_with_counts_of_documents_and_claims()
    {
        folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges.\n");
        folder.Write("in/b.txt", "Briefing B\nWe opened 40 schools and 3 hospitals.\n");

        var result = Ingest(folder.File("in"));

        Assert.That((result.Added, result.Unchanged, result.Failed, result.ClaimsAdded), Is.EqualTo((2, 0, 0, 3)));
        Assert.That(result.Succeeded, Is.True);
        Assert.That(ledger.Claims.Query("schools").Single().Title, Is.EqualTo("Briefing B"));
    }

    [Test]
    public void Ingesting_the_same_files_again_is_a_no_op_that_says_so_and_does_not_extract_again()
    {
        var path = folder.Write("a.txt", "We built 120 bridges.\n");
        Ingest(path);
        var outcomes = new List<IngestFileOutcome>();

        var result = new IngestPipeline(ledger, extractor).Run([path], new IngestOptions(), outcomes.Add);

        Assert.That((result.Added, result.Unchanged, result.ClaimsAdded), Is.EqualTo((0, 1, 0)));
        Assert.That(outcomes.Single().Message, Is.EqualTo("already in the ledger as document 1; nothing written"));
        Assert.That(extractor.Calls, Is.EqualTo(1));
    }

    [Test]
    public void Command_line_title_event_date_and_source_override_the_header()
    {
        var path = folder.Write("a.txt", "Header title\nWe built 120 bridges.\n");

        Ingest(new IngestOptions("Given title", new DateOnly(2021, 7, 1), "State Council"), path);

        var document = ledger.Documents.Get(1)!;
        Assert.That((document.Title, document.EventDate, document.Source),
            Is.EqualTo(("Given title", (DateOnly?)new DateOnly(2021, 7, 1), "State Council")));
        Assert.That(document.Path, Is.EqualTo(Path.GetFullPath(path)));
    }

    [Test]
    public void A_document_with_no_event_date_goes_in_with_a_warning()
    {
        var path = folder.Write("a.txt", "We built 120 bridges.\n");

        var result = Ingest(path);

        Assert.That(result.Added, Is.EqualTo(1));
        Assert.That(result.Warnings, Is.EqualTo(new[] { $"{path}: no event date found (give one with --event-date)" }));
    }

    [Test]
    public void Bad_files_fail_one_line_each_and_the_good_ones_still_go_in()
    {
        var good = folder.Write("in/good.txt", "We built 120 bridges.\n");
        var empty = folder.WriteBytes("in/empty.txt", []);
        var binary = folder.WriteBytes("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var missing = folder.File("missing.txt");

        var result = Ingest(folder.File("in"), missing);

        Assert.That((result.Added, result.Failed), Is.EqualTo((1, 3)));
        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            $"{empty}: empty file",
            $"{binary}: binary file (PNG image), not text",
            $"{missing}: no such file",
        }));
        Assert.That(ledger.Documents.Count(), Is.EqualTo((1L, 1L)));
        Assert.That(good, Does.EndWith("good.txt"));
    }

    [Test]
    public void An_extractor_that_throws_fails_that_file_only_and_leaves_no_trace_of_it()
    {
        var path = folder.Write("a.txt", "We built 120 bridges.\n");

        var result = new IngestPipeline(ledger, new ThrowingExtractor()).Run([path], new IngestOptions());

        Assert.That(result.Failures, Is.EqualTo(new[] { $"{path}: extraction failed (InvalidOperationException: recognizer exploded)" }));
        Assert.That(ledger.Documents.Count(), Is.EqualTo((0L, 0L)));
    }

    [Test]
    public void Claims_that_do_not_match_the_text_are_dropped_with_a_warning()
    {
        var path = folder.Write("a.txt", "We built 120 bridges.\n");

        var result = new IngestPipeline(ledger, new OffByOneExtractor()).Run([path], new IngestOptions(EventDate: new DateOnly(2020, 1, 1)));

        Assert.That(result.ClaimsAdded, Is.Zero);
        Assert.That(result.Warnings, Is.EqualTo(new[] { $"{path}: claim \"120\" at [10, 13) does not match the text at its offsets; dropped" }));
        Assert.That(LedgerVerifier.Verify(ledger).IsClean, Is.True);
    }

    [Test]
    public void A_50_MB_file_with_no_line_breaks_is_refused_by_its_size_before_it_is_read()
    {
        var huge = folder.File("huge.txt");
        using (var writer = new StreamWriter(huge))
        {
            var chunk = string.Concat(Enumerable.Repeat("we built 120 bridges and ", 400));
            for (var written = 0L; written < 50L * 1024 * 1024; written += chunk.Length)
                writer.Write(chunk);
        }
        var small = folder.Write("small.txt", "We built 7 bridges.\n");

        var result = Ingest(huge, small);

        // The size in the message is the one the file system gives before opening the file (a read stopped at the limit
        // would say "more than 10,485,760 bytes read"), so nothing of it was read, let alone segmented or extracted.
        var size = new FileInfo(huge).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(result.Failures, Is.EqualTo(new[] { $"{huge}: too large ({size} bytes; the limit is 10,485,760)" }));
        Assert.That(result.Added, Is.EqualTo(1));
        Assert.That(extractor.Calls, Is.EqualTo(1));
    }

    [Test]
    public void A_document_with_more_numbers_than_the_budget_fails_before_extraction_and_the_run_goes_on()
    {
        var many = folder.Write("a-many.txt", "We built 1, 2, 3 and 4,000.5 bridges.\n");
        folder.Write("b-few.txt", "We built 1, 2 and 3 bridges.\n");

        var result = Ingest(new IngestOptions(EventDate: new DateOnly(2020, 1, 1), MaxNumbers: 3), folder.Path);

        Assert.That(result.Failures, Is.EqualTo(new[] { $"{many}: more than 3 numbers (--max-numbers); skipped" }));
        Assert.That(result.Added, Is.EqualTo(1));
        Assert.That(extractor.Calls, Is.EqualTo(1));
    }

    [TestCase("", 0)]
    [TestCase("no figures here", 0)]
    [TestCase("1,234.5 and 7", 2)]
    [TestCase("1,,2 3. 4.x", 4)]
    [TestCase("x9", 1)]
    public void Numbers_are_runs_of_digits_joined_by_one_separator(string text, int expected)
    {
        Assert.That(ExtractionBudget.CountNumbers(text, stopAfter: 100), Is.EqualTo(expected));
    }

    [Test]
    public void Counting_stops_one_past_the_budget()
    {
        Assert.That(ExtractionBudget.CountNumbers(string.Concat(Enumerable.Repeat("7 ", 1000)), stopAfter: 10), Is.EqualTo(11));
    }

    [Test]
    public void An_extraction_that_overruns_its_time_budget_fails_that_file_and_the_run_goes_on()
    {
        var stalling = folder.Write("a-stall.txt", "stall: we built 120 bridges.\n");
        folder.Write("b-fine.txt", "We built 7 bridges.\n");
        var clock = new FakeTimeProvider();
        using var release = new ManualResetEventSlim();
        var options = new IngestOptions(EventDate: new DateOnly(2020, 1, 1), ExtractionTimeout: TimeSpan.FromSeconds(90));

        // The stalling extraction moves the pipeline's clock past the budget itself, then blocks until released: the
        // budget runs out however slow the machine is, and the other file's extraction, whose clock never moves, cannot.
        var result = new IngestPipeline(ledger, new StallingExtractor(release, clock, TimeSpan.FromSeconds(91)), clock).Run([folder.Path], options);
        release.Set();

        Assert.That(result.Failures, Is.EqualTo(new[] { $"{stalling}: extraction took longer than 90 s; skipped" }));
        Assert.That(result.Added, Is.EqualTo(1));
        Assert.That(ledger.Claims.Query("bridges").Select(c => c.Sentence), Is.EqualTo(new[] { "We built 7 bridges." }));
    }

    [Test]
    public void An_extraction_that_ends_on_the_last_tick_of_its_budget_is_stored()
    {
        var path = folder.Write("a-stall.txt", "stall: we built 120 bridges.\n");
        var clock = new FakeTimeProvider();
        using var release = new ManualResetEventSlim(initialState: true);
        var options = new IngestOptions(EventDate: new DateOnly(2020, 1, 1), ExtractionTimeout: TimeSpan.FromSeconds(90));

        var result = new IngestPipeline(ledger, new StallingExtractor(release, clock, TimeSpan.FromSeconds(90) - TimeSpan.FromTicks(1)), clock).Run([path], options);

        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.ClaimsAdded, Is.EqualTo(1));
    }

    /// <summary>On a document starting "stall", moves <paramref name="clock"/> on by <paramref name="takes"/>, then waits
    /// for <paramref name="release"/>: an extraction that takes that long on the pipeline's clock. The wait gives up after
    /// 5 minutes only so that a pipeline that ignores its clock fails the test (the file goes in) instead of hanging it.</summary>
    private sealed class StallingExtractor(ManualResetEventSlim release, FakeTimeProvider clock, TimeSpan takes) : IClaimExtractor
    {
        public ExtractedDocument Extract(SourceDocument document)
        {
            if (document.Text.StartsWith("stall", StringComparison.Ordinal))
            {
                clock.Advance(takes);
                release.Wait(TimeSpan.FromMinutes(5));
            }
            return new FakeClaimExtractor().Extract(document);
        }
    }

    private sealed class ThrowingExtractor : IClaimExtractor
    {
        public ExtractedDocument Extract(SourceDocument document) => throw new InvalidOperationException("recognizer exploded\nstack");
    }

    private sealed class OffByOneExtractor : IClaimExtractor
    {
        public ExtractedDocument Extract(SourceDocument document)
        {
            var extracted = new FakeClaimExtractor().Extract(document);
            return extracted with { Claims = extracted.Claims.Select(c => c with { Start = c.Start + 1, End = c.End + 1 }).ToList() };
        }
    }
}
