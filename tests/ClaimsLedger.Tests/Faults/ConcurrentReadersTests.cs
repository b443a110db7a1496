using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Readers querying in a loop (a connection of their own through ClaimStore.Query, and the `claims query` command)
/// while a real `claims ingest` process writes: every document a reader sees has all of its claims, never part of them.
/// </summary>
[NonParallelizable]
public partial class ConcurrentReadersTests
{
    private const int FileCount = 16;
    private const string Metric = "workers";

    [GeneratedRegex(@"^    (?<file>doc\d\d\.txt), event ", RegexOptions.Multiline)]
    private static partial Regex QueryLineFile();

    [Test]
    public void Readers_during_an_ingest_see_only_whole_documents()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("in");
        WriteCorpus(corpus);
        var db = folder.File("ledger.db");
        using (LedgerDatabase.Open(db)) { } // created before the readers start; the writer only adds
        var ledgerSnapshots = new ConcurrentBag<Dictionary<long, int>>();
        var querySnapshots = new ConcurrentBag<Dictionary<string, int>>();
        var readerErrors = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        var connectionReader = Task.Run(() =>
        {
            using var ledger = LedgerDatabase.Open(db);
            while (!stop.IsCancellationRequested)
                ReadOnce(() => ledgerSnapshots.Add(ledger.Claims.Query(null).GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.Count())), readerErrors);
        });
        var commandReader = Task.Run(() =>
        {
            var claims = new CliRunner(folder.File("data"));
            while (!stop.IsCancellationRequested)
            {
                ReadOnce(() =>
                {
                    var result = claims.Run("query", "--metric", Metric, "--db", db);
                    if (result.ExitCode != 0 || result.Error.Length > 0)
                        readerErrors.Add($"claims query exited {result.ExitCode}: {result.Error}");
                    querySnapshots.Add(QueryLineFile().Matches(result.Output).GroupBy(m => m.Groups["file"].Value).ToDictionary(g => g.Key, g => g.Count()));
                }, readerErrors);
            }
        });
        var writer = ClaimsProcess.Run(folder.Path, "ingest", corpus, "--db", db, "--event-date", "2022-01-01");
        stop.Cancel();
        Task.WaitAll(connectionReader, commandReader);

        Assert.That(writer.ExitCode, Is.Zero, writer.Output + writer.Error);
        Assert.That(readerErrors, Is.Empty);
        var final = LedgerContents.ClaimsPerDocument(db);
        Assert.That(final, Has.Count.EqualTo(FileCount));
        foreach (var snapshot in ledgerSnapshots)
            foreach (var (document, count) in snapshot)
                Assert.That(count, Is.EqualTo(final[document]), $"ClaimStore.Query saw document {document} with {count} of its {final[document]} claims");

        using var ledgerAfter = LedgerDatabase.Open(db);
        var finalForMetric = ledgerAfter.Claims.Query(Metric).GroupBy(c => c.DocumentFile).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(finalForMetric, Has.Count.EqualTo(FileCount), $"the extractor should find '{Metric}' in every document");
        foreach (var snapshot in querySnapshots)
            foreach (var (file, count) in snapshot)
                Assert.That(count, Is.EqualTo(finalForMetric[file]), $"claims query saw {file} with {count} of its {finalForMetric[file]} '{Metric}' claims");

        // The readers must have overlapped the writing: several distinct partial states seen by each.
        var partialLedgerStates = ledgerSnapshots.Select(s => s.Count).Where(n => n is > 0 and < FileCount).Distinct().Count();
        var partialQueryStates = querySnapshots.Select(s => s.Count).Where(n => n is > 0 and < FileCount).Distinct().Count();
        TestContext.Out.WriteLine($"{ledgerSnapshots.Count} ClaimStore reads ({partialLedgerStates} partial states), {querySnapshots.Count} claims query runs ({partialQueryStates} partial states)");
        Assert.That(partialLedgerStates, Is.GreaterThanOrEqualTo(3), "ClaimStore.Query did not run while documents were being written");
        Assert.That(partialQueryStates, Is.GreaterThanOrEqualTo(3), "claims query did not run while documents were being written");
    }

    private static void ReadOnce(Action read, ConcurrentBag<string> errors)
    {
        try
        {
            read();
        }
        catch (Exception e)
        {
            errors.Add(e.GetType().Name + ": " + e.Message);
        }
    }

    private static void WriteCorpus(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < FileCount; i++)
        {
            var text = new StringBuilder($"Briefing {i}\nSpokesperson:\n");
            for (var s = 0; s < 15; s++)
                text.Append(CultureInfo.InvariantCulture, $"In {2000 + s} we built {100 + i * 10 + s} bridges and hired {s + 3}.5 million workers, up {s + 1}%. ");
            File.WriteAllText(Path.Combine(folder, $"doc{i:D2}.txt"), text.Append('\n').ToString());
        }
    }
}
