using System.Collections.Concurrent;
using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Cli;

/// <summary>
/// Readers running while ingests are killed: the claim stream (every document it gives must have all the claims its
/// documents row counts, checked at the end, since a stored document never changes) and `claims export` (must succeed).
/// </summary>
internal sealed class ReadersDuringKills : IDisposable
{
    private readonly string db;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<string, Dictionary<long, int>> seen = new();
    private readonly ConcurrentBag<string> errors = [];
    private readonly Task reader;
    private int reads;

    public ReadersDuringKills(string db, string dataFolder)
    {
        this.db = db;
        using (LedgerDatabase.Open(db)) { } // the ledger exists before the first reader opens it
        reader = Task.Run(() =>
        {
            var claims = new CliRunner(dataFolder);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using (var ledger = LedgerDatabase.Open(db))
                    {
                        ledger.ReadFromOneSnapshot(); // as every reading command does
                        var counts = ledger.ClaimStream.MetricBlocks(null, ComparisonEngine.MetricKey).SelectMany(b => b)
                            .GroupBy(c => c.DocumentId).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
                        seen.TryAdd(string.Join(',', counts), counts);
                    }
                    var export = claims.Run("export", "--db", db, "--format", "csv");
                    if (export.ExitCode != 0)
                        errors.Add($"export exited {export.ExitCode}: {export.Error}");
                }
                catch (Exception e)
                {
                    errors.Add(e.GetType().Name + ": " + e.Message);
                }
                Interlocked.Increment(ref reads);
            }
        });
    }

    public int Reads => reads;

    public void StopAndAssertTheySawOnlyWholeDocuments()
    {
        stop.Cancel();
        reader.Wait();
        Assert.That(errors, Is.Empty);
        using var connection = LedgerContents.OpenRaw(db);
        var stored = connection.Query<(long Id, long Claims)>("SELECT id, claim_count FROM documents").ToDictionary(d => d.Id, d => d.Claims);
        foreach (var counts in seen.Values)
            foreach (var (document, count) in counts)
                Assert.That(count, Is.EqualTo(stored[document]), $"a reader saw document {document} with {count} of its {stored[document]} claims");
        Assert.That(seen.Count, Is.GreaterThan(1), "the readers saw the ledger in more than one state");
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            reader.Wait();
        }
        catch (AggregateException)
        {
            // reported by StopAndAssertTheySawOnlyWholeDocuments when the test got that far
        }
        stop.Dispose();
    }
}
