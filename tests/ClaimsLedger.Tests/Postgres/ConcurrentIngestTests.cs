using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>
/// Four `claims ingest` processes with overlapping files on one PostgreSQL ledger, readers beside them, and writers
/// killed at random points: every document stored once, revisions numbered without gaps, no conflict shown to the user,
/// readers seeing whole documents only, and a clean verify.
/// </summary>
[NonParallelizable]
public class ConcurrentIngestTests : PostgresFolderTest
{
    private const int Writers = 4;
    private const int FileCount = 12;
    private const int KillsWanted = 20;


    [Test]
    public void Four_writers_with_overlapping_files_store_each_document_once_while_readers_see_whole_documents()
    {
        var files = WriteCorpus(round: 1);
        var readers = new List<Task<List<string>>>();
        var writers = StartWriters(files);
        using (var stop = new CancellationTokenSource())
        {
            readers.Add(Task.Run(() => ReadUntil(stop.Token, "export", "--format", "jsonl")));
            readers.Add(Task.Run(() => ReadUntil(stop.Token, "verify")));
            foreach (var writer in writers)
                AssertSucceeded(writer);
            stop.Cancel();
        }
        CompleteTheRest(files);

        using var ledger = LedgerDatabase.Open(server.Uri);
        AssertEachDocumentOnceWithGaplessRevisions(ledger, files, rounds: 1);
        var claimsPerDocument = ledger.Connection.Query<(string FileName, long Claims)>(
            "SELECT file_name, claim_count FROM documents").ToDictionary(d => d.FileName, d => d.Claims);
        Assert.That(claimsPerDocument.Values, Has.All.GreaterThan(0));
        var exports = readers[0].Result;
        var verifies = readers[1].Result;
        Assert.That(exports, Is.Not.Empty);
        foreach (var export in exports)
        {
            var seen = export.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .GroupBy(line => JsonDocument.Parse(line).RootElement.GetProperty("doc").GetString()!);
            foreach (var document in seen)
                Assert.That(document.Count(), Is.EqualTo(claimsPerDocument[document.Key]), $"a reader saw part of {document.Key}");
        }
        Assert.That(verifies, Has.All.StartWith("ledger ok: "));
        Assert.That(new CliRunner(Path.Combine(RepositoryPaths.Root, "data")).Run("verify", "--db", server.Uri).Output, Does.StartWith($"ledger ok: {FileCount} documents"));
    }

    [Test]
    public void Writers_killed_at_random_points_leave_whole_documents_and_gapless_revisions()
    {
        var random = new Random(20261201);
        var kills = 0;
        var round = 0;
        while (kills < KillsWanted && round < 3 * KillsWanted)
        {
            var files = WriteCorpus(++round); // every file changes: each round writes a new revision of each
            var writers = StartWriters(files);
            // Two of the four die (any two of them cover every file), each at a random point: after it stored or found
            // stored a random number of its documents.
            var victims = writers.OrderBy(_ => random.Next()).Take(2).ToList();
            foreach (var victim in victims)
            {
                var linesBeforeKill = random.Next(1, FileCount / 2);
                for (var line = 0; line < linesBeforeKill && victim.Process.StandardOutput.ReadLine() is not null; line++) { }
                if (!victim.Process.HasExited)
                {
                    victim.Process.Kill(); // SIGKILL
                    kills++;
                }
                victim.Process.WaitForExit();
            }
            foreach (var writer in writers.Except(victims))
                AssertSucceeded(writer);
            CompleteTheRest(files);
            using var ledger = LedgerDatabase.Open(server.Uri);
            Assert.That(LedgerVerifier.Verify(ledger).Problems, Is.Empty, $"round {round}, after kill {kills}");
        }

        Assert.That(kills, Is.GreaterThanOrEqualTo(KillsWanted));
        using (var ledger = LedgerDatabase.Open(server.Uri))
            AssertEachDocumentOnceWithGaplessRevisions(ledger, Directory.GetFiles(folder.File("in")), rounds: round);
        TestContext.Out.WriteLine($"{kills} writers killed in {round} rounds of {Writers}");
    }

    private sealed record Writer(Process Process, Task<string> Error);

    /// <summary>Each writer ingests three quarters of the files, starting at its own place in them: any two cover them all.</summary>
    private List<Writer> StartWriters(string[] files) => Enumerable.Range(0, Writers).Select(w =>
    {
        var mine = Enumerable.Range(0, files.Length).Select(i => files[(i + w * files.Length / Writers) % files.Length])
            .Take(files.Length * 3 / 4).ToArray();
        var process = ClaimsProcess.Start(folder.Path, ["ingest", .. mine, "--db", server.Uri, "--jobs", "1"]);
        return new Writer(process, process.StandardError.ReadToEndAsync());
    }).ToList();

    /// <summary>
    /// The writer stored or found stored each of its files, and no conflict with another writer reached its output. On a
    /// machine so loaded that extraction itself times out, a file may fail to be extracted: that is not the ledger's doing,
    /// and <see cref="CompleteTheRest"/> stores it.
    /// </summary>
    private static void AssertSucceeded(Writer writer)
    {
        var output = writer.Process.StandardOutput.ReadToEnd();
        Assert.That(writer.Process.WaitForExit(TimeSpan.FromMinutes(5)), Is.True, "a writer did not finish");
        var error = writer.Error.Result;
        Assert.That(output + error, Does.Not.Contain("could not be stored").And.Not.Contain("40001").And.Not.Contain("deadlock"));
        var failures = output.Split('\n').Where(l => l.StartsWith("failed ", StringComparison.Ordinal)).ToList();
        Assert.That(failures, Has.All.Match(": extraction (failed \\(RegexMatchTimeoutException|took longer than)"), output);
        Assert.That(writer.Process.ExitCode, Is.EqualTo(failures.Count == 0 ? 0 : 1), output + error);
    }

    /// <summary>One more ingest of every file, as a user would rerun: whatever the writers left undone is stored now.</summary>
    private void CompleteTheRest(string[] files)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (exitCode, output, error) = ClaimsProcess.Run(folder.Path, ["ingest", .. files, "--db", server.Uri]);
            Assert.That(output + error, Does.Not.Contain("could not be stored"));
            if (exitCode == 0 || attempt == 3)
            {
                Assert.That(exitCode, Is.Zero, output + error);
                return;
            }
        }
    }

    private List<string> ReadUntil(CancellationToken stop, params string[] command)
    {
        var claims = new CliRunner(Path.Combine(RepositoryPaths.Root, "data"));
        var outputs = new List<string>();
        do
        {
            var result = claims.Run([.. command, "--db", server.Uri]);
            if (result.Error.Contains("no claims ledger there"))
                continue; // the first writer has not made the schema yet
            Assert.That((result.ExitCode, result.Error), Is.EqualTo((0, "")), string.Join(' ', command));
            outputs.Add(result.Output);
        } while (!stop.IsCancellationRequested);
        return outputs;
    }

    /// <summary>Per path: revisions 1..rounds, each content once, exactly one current, which holds the file as it is now.</summary>
    private static void AssertEachDocumentOnceWithGaplessRevisions(LedgerDatabase ledger, string[] files, int rounds)
    {
        Assert.That(LedgerVerifier.Verify(ledger).Problems, Is.Empty);
        var rows = ledger.Connection.Query<(string Path, long Revision, string Sha256, long? SupersededBy)>(
            "SELECT path, revision, sha256, superseded_by FROM documents").ToList();
        Assert.That(rows.Select(r => r.Path).Distinct(), Is.EquivalentTo(files));
        foreach (var byPath in rows.GroupBy(r => r.Path))
        {
            Assert.That(byPath.Select(r => r.Revision).Order(), Is.EqualTo(Enumerable.Range(1, rounds).Select(r => (long)r)), byPath.Key);
            Assert.That(byPath.Select(r => r.Sha256).Distinct().Count(), Is.EqualTo(rounds), byPath.Key);
            var current = byPath.Single(r => r.SupersededBy is null);
            Assert.That(current.Sha256, Is.EqualTo(ContentHash.Of(File.ReadAllText(byPath.Key))), byPath.Key);
        }
    }

    private string[] WriteCorpus(int round)
    {
        var corpus = folder.File("in");
        Directory.CreateDirectory(corpus);
        for (var i = 0; i < FileCount; i++)
        {
            var text = new StringBuilder($"Briefing {i}, round {round}\nSpokesperson:\n");
            for (var s = 0; s < 8; s++)
                text.Append(CultureInfo.InvariantCulture, $"In {2000 + s} we built {round * 100 + i * 10 + s} bridges and hired {s + 3}.5 million workers. ");
            File.WriteAllText(Path.Combine(corpus, $"doc{i:D2}.txt"), text.Append('\n').ToString());
        }
        return Directory.GetFiles(corpus).Order(StringComparer.Ordinal).ToArray();
    }
}
