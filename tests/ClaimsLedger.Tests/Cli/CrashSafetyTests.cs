using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimsLedger.Extraction;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Cli;

/// <summary>The real `claims` executable, with the real extractor, killed and run side by side.</summary>
[NonParallelizable]
public class CrashSafetyTests
{
    private const int FileCount = 16;
    private const int KillsWanted = 50;

    private TempFolder folder = null!;

    [SetUp]
    public void Create() => folder = new TempFolder();

    [TearDown]
    public void Delete() => folder.Dispose();

    [Test]
    public void Killing_ingest_at_random_points_never_leaves_half_a_document_and_a_rerun_completes_the_rest()
    {
        var corpus = folder.File("in");
        var db = folder.File("ledger.db");
        WriteCorpus(corpus, round: 0);
        var fullRun = Stopwatch.StartNew();
        Assert.That(ClaimsProcess.Run(folder.Path, "ingest", corpus, "--db", folder.File("calibration.db")).ExitCode, Is.Zero);
        var runMilliseconds = (int)fullRun.ElapsedMilliseconds;
        var startup = Stopwatch.StartNew();
        Assert.That(ClaimsProcess.Run(folder.Path, "metrics", "--db", folder.File("calibration.db")).ExitCode, Is.Zero);
        var startupMilliseconds = (int)startup.ElapsedMilliseconds; // kills before this mostly hit the runtime starting up
        var random = new Random(20261125);
        var kills = 0;
        var killsMidIngest = 0; // kills after some but not all of the round's documents were stored

        for (var round = 1; (kills < KillsWanted || killsMidIngest < KillsWanted / 5) && round <= 4 * KillsWanted; round++)
        {
            WriteCorpus(corpus, round); // every file changes: each run writes a new revision of each
            // One extraction at a time, so the child cannot race through the round while a loaded machine keeps this
            // test from reading its lines.
            using var process = ClaimsProcess.Start(folder.Path, "ingest", corpus, "--db", db, "--jobs", "1");
            process.StandardError.ReadToEndAsync();
            // Every other round is killed right after its k-th document was reported stored (a line is printed after each
            // commit), so that kills land mid-ingest however fast or loaded the machine is; the others at a random time.
            bool stopped;
            if (round % 2 == 0)
            {
                var stored = random.Next(1, FileCount / 2);
                for (var lines = 0; lines < stored && process.StandardOutput.ReadLine() is { } line;)
                    lines += line.StartsWith("revised", StringComparison.Ordinal) || line.StartsWith("added", StringComparison.Ordinal) ? 1 : 0;
                stopped = process.HasExited;
            }
            else
            {
                process.StandardOutput.ReadToEndAsync();
                stopped = process.WaitForExit(random.Next(startupMilliseconds / 2, Math.Max(runMilliseconds, startupMilliseconds + 1)));
            }
            if (!stopped)
            {
                process.Kill(); // SIGKILL
                kills++;
            }
            process.WaitForExit();
            using var ledger = LedgerDatabase.Open(db);
            Assert.That(LedgerVerifier.Verify(ledger).Problems, Is.Empty, $"after kill {kills}");
            var storedThisRound = ledger.Connection.ExecuteScalar<long>(
                "SELECT count(*) FROM documents WHERE title LIKE @title", new { title = $"% round {round}" });
            if (process.ExitCode != 0 && storedThisRound is > 0 and < FileCount)
                killsMidIngest++;
        }

        Assert.That(kills, Is.GreaterThanOrEqualTo(KillsWanted));
        Assert.That(killsMidIngest, Is.GreaterThanOrEqualTo(KillsWanted / 5), "too few kills landed while documents were being written");
        TestContext.Out.WriteLine($"{kills} kills, {killsMidIngest} of them mid-ingest; a full run took {runMilliseconds} ms, start-up {startupMilliseconds} ms");
        var rerun = ClaimsProcess.Run(folder.Path, "ingest", corpus, "--db", db);
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Output + rerun.Error);
        Assert.That(ClaimsProcess.Run(folder.Path, "verify", "--db", db).ExitCode, Is.Zero);
        using (var ledger = LedgerDatabase.Open(db))
        {
            AssertEveryDocumentIsWhole(ledger);
            foreach (var file in Directory.GetFiles(corpus))
                Assert.That(ledger.Documents.FindSame(file, ContentHash.Of(File.ReadAllText(file))), Is.Not.Null, file);
            Assert.That(ledger.Documents.Count().Current, Is.EqualTo(FileCount));
        }
    }

    [Test]
    public void Two_concurrent_ingests_into_one_ledger_both_succeed_and_store_each_document_once()
    {
        var db = folder.File("ledger.db");
        WriteCorpus(folder.File("a"), round: 1, prefix: "a");
        WriteCorpus(folder.File("b"), round: 2, prefix: "b");
        WriteCorpus(folder.File("shared"), round: 3, prefix: "s");

        using var first = ClaimsProcess.Start(folder.Path, "ingest", folder.File("a"), folder.File("shared"), "--db", db);
        using var second = ClaimsProcess.Start(folder.Path, "ingest", folder.File("shared"), folder.File("b"), "--db", db);
        var outputs = new[] { first, second }.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
        Assert.That(first.WaitForExit(TimeSpan.FromMinutes(5)) && second.WaitForExit(TimeSpan.FromMinutes(5)), Is.True);

        Assert.That(first.ExitCode, Is.Zero, outputs[0].Out.Result + outputs[0].Err.Result);
        Assert.That(second.ExitCode, Is.Zero, outputs[1].Out.Result + outputs[1].Err.Result);
        using var ledger = LedgerDatabase.Open(db);
        Assert.That(ledger.Documents.Count(), Is.EqualTo((3L * FileCount, 3L * FileCount)));
        Assert.That(LedgerVerifier.Verify(ledger).Problems, Is.Empty);
        AssertEveryDocumentIsWhole(ledger);
    }

    private static void WriteCorpus(string folder, int round, string prefix = "doc")
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < FileCount; i++)
        {
            var text = new StringBuilder($"Briefing {prefix} {i}, round {round}\nSpokesperson:\n");
            for (var s = 0; s < 15; s++)
                text.Append(CultureInfo.InvariantCulture, $"In {2000 + s} we built {round * 100 + i * 10 + s} bridges and hired {s + 3}.5 million workers, up {s + 1}%. ");
            File.WriteAllText(Path.Combine(folder, $"{prefix}{i:D2}.txt"), text.Append('\n').ToString());
        }
    }

    /// <summary>Each document has exactly the claims extraction gives its text: none was stored half.</summary>
    private static void AssertEveryDocumentIsWhole(LedgerDatabase ledger)
    {
        var extractor = ClaimExtractorFactory.CreateDefault(Path.Combine(AppContext.BaseDirectory, "data"));
        var documents = ledger.Connection.Query<(long Id, string Path, string Text)>("SELECT id, path, text FROM documents").ToList();
        Assert.That(documents, Is.Not.Empty);
        foreach (var (id, path, text) in documents)
        {
            var document = new Model.SourceDocument(path, Path.GetFileName(path), text, ContentHash.Of(text), null, null, null, null);
            var expected = ExtractionValidator.Validate(extractor.Extract(document), []).Claims.Count;
            var stored = ledger.Connection.ExecuteScalar<long>("SELECT count(*) FROM claims WHERE document_id = @id", new { id });
            Assert.That(stored, Is.EqualTo(expected), $"document {id} ({path})");
        }
    }
}
