using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Two `claims ingest` processes write documents that each create metrics of their own, while readers export, stream
/// the claim blocks and verify in a loop: every document a reader sees has exactly documents.claim_count claims (the
/// metric list, the documents and the claims are read in one snapshot), and verify passes every time.
/// </summary>
[NonParallelizable]
public class SnapshotReadTests
{
    private const int FilesPerWriter = 14;

    [Test]
    public void Readers_during_two_ingests_see_each_document_with_all_of_its_claims()
    {
        using var folder = new TempFolder();
        var db = folder.File("ledger.db");
        using (LedgerDatabase.Open(db)) { }
        WriteCorpus(folder.File("a"), "a");
        WriteCorpus(folder.File("b"), "b");
        var exports = new ConcurrentBag<Dictionary<string, int>>();
        var streams = new ConcurrentDictionary<string, Dictionary<long, int>>(); // distinct states only
        var errors = new ConcurrentBag<string>();
        var verifies = 0;
        using var stop = new CancellationTokenSource();

        var exporter = Task.Run(() =>
        {
            var claims = new CliRunner(folder.File("data"));
            while (!stop.IsCancellationRequested)
            {
                var result = claims.Run("export", "--db", db, "--format", "jsonl");
                if (result.ExitCode != 0)
                    errors.Add($"export exited {result.ExitCode}: {result.Error}");
                exports.Add(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .GroupBy(line => JsonDocument.Parse(line).RootElement.GetProperty("doc").GetString()!)
                    .ToDictionary(g => g.Key, g => g.Count()));
            }
        });
        var streamer = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var ledger = LedgerDatabase.Open(db);
                ledger.ReadFromOneSnapshot(); // as every reading command does
                var seen = ledger.ClaimStream.MetricBlocks(null, ComparisonEngine.MetricKey).SelectMany(b => b)
                    .GroupBy(c => c.DocumentId).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
                streams.TryAdd(string.Join(',', seen), seen);
            }
        });
        var verifier = Task.Run(() =>
        {
            var claims = new CliRunner(folder.File("data"));
            while (!stop.IsCancellationRequested)
            {
                var result = claims.Run("verify", "--db", db);
                if (result.ExitCode != 0)
                    errors.Add($"verify during ingest: {result.Output}{result.Error}");
                Interlocked.Increment(ref verifies);
            }
        });
        using var first = ClaimsProcess.Start(folder.Path, "ingest", folder.File("a"), "--db", db, "--event-date", "2022-01-01", "--jobs", "1");
        using var second = ClaimsProcess.Start(folder.Path, "ingest", folder.File("b"), "--db", db, "--event-date", "2022-01-01", "--jobs", "1");
        var printed = new[] { first, second }.Select(p => (p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync())).ToList();
        Assert.That(first.WaitForExit(TimeSpan.FromMinutes(10)) && second.WaitForExit(TimeSpan.FromMinutes(10)), Is.True);
        stop.Cancel();
        Task.WaitAll(exporter, streamer, verifier);

        Assert.That(first.ExitCode, Is.Zero, printed[0].Item1.Result + printed[0].Item2.Result);
        Assert.That(second.ExitCode, Is.Zero, printed[1].Item1.Result + printed[1].Item2.Result);
        Assert.That(errors, Is.Empty);
        using var connection = LedgerContents.OpenRaw(db);
        var stored = connection.Query<(long Id, string FileName, long Claims)>("SELECT id, file_name, claim_count FROM documents").ToList();
        Assert.That(stored, Has.Count.EqualTo(2 * FilesPerWriter));
        Assert.That(stored.Select(d => d.Claims), Has.All.GreaterThan(3));
        var byFile = stored.ToDictionary(d => d.FileName, d => d.Claims);
        var byId = stored.ToDictionary(d => d.Id, d => d.Claims);
        foreach (var export in exports)
            foreach (var (file, count) in export)
                Assert.That(count, Is.EqualTo(byFile[file]), $"claims export printed {file} with {count} of its {byFile[file]} claims");
        foreach (var stream in streams.Values)
            foreach (var (id, count) in stream)
                Assert.That(count, Is.EqualTo(byId[id]), $"ClaimStream.MetricBlocks gave document {id} with {count} of its {byId[id]} claims");

        var partialExports = exports.Select(e => e.Count).Where(n => n is > 0 and < 2 * FilesPerWriter).Distinct().Count();
        var partialStreams = streams.Values.Select(e => e.Count).Where(n => n is > 0 and < 2 * FilesPerWriter).Distinct().Count();
        TestContext.Out.WriteLine($"{exports.Count} exports ({partialExports} partial states), {streams.Count} distinct streamed states ({partialStreams} partial), {verifies} verifies");
        Assert.That(partialExports, Is.GreaterThanOrEqualTo(2), "claims export did not run while documents were being written");
        Assert.That(partialStreams, Is.GreaterThanOrEqualTo(2), "MetricBlocks did not run while documents were being written");
    }

    /// <summary>Documents whose figures each count a thing named only in that document: every document creates metrics.</summary>
    private static void WriteCorpus(string folder, string writer)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < FilesPerWriter; i++)
        {
            var name = writer + new string((char)('a' + i % 26), 2) + (char)('a' + i / 26);
            var text = new StringBuilder($"Briefing {writer} {i}\nSpokesperson:\n");
            for (var s = 0; s < 8; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"In {2000 + s} we opened {40 + i + s} {name}{(char)('a' + s)}lar depots. ");
                text.Append(CultureInfo.InvariantCulture, $"In {2000 + s} we built {100 + i * 10 + s} bridges. ");
            }
            File.WriteAllText(Path.Combine(folder, $"{writer}{i:D2}.txt"), text.Append('\n').ToString());
        }
    }
}
