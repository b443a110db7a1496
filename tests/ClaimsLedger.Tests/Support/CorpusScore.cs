using System.Diagnostics;
using System.Text.Json;
using ClaimsLedger.Export;
using ClaimsLedger.Extraction;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Tests.Support;

/// <summary>
/// The whole path on a real corpus of ../shared: ingest into a fresh ledger as a user would (files given with their event
/// dates first, then the folder), export JSON Lines, and score with ../shared/eval/score.py.
/// </summary>
internal static class CorpusScore
{
    public static (string Db, JsonElement Score) Run(string corpus, string gold, IReadOnlyList<(string File, DateOnly EventDate)> dated)
    {
        var scorer = RepositoryPaths.RequireShared("eval", "score.py");
        var folder = Directory.CreateTempSubdirectory("claims-corpus-").FullName;
        var db = Path.Combine(folder, "ledger.db");
        var export = Path.Combine(folder, "claims.jsonl");
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        using (var ledger = LedgerDatabase.Open(db))
        {
            var pipeline = new IngestPipeline(ledger, ClaimExtractorFactory.CreateDefault(data));
            foreach (var (file, eventDate) in dated)
                Assert.That(pipeline.Run([Path.Combine(corpus, file)], new IngestOptions(EventDate: eventDate)).Failed, Is.Zero, file);
            Assert.That(pipeline.Run([corpus], new IngestOptions()).Failed, Is.Zero, "corpus files that failed to ingest");
            using var writer = new StreamWriter(export);
            JsonLinesClaimWriter.Write(ClaimExport.Rows(ledger, null, ClaimsLedger.Comparison.CurrencyRates.LoadFromDataDirectory(data)), writer);
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { scorer, "--gold", gold, "--corpus", corpus, "--pred", export, "--json" })
            start.ArgumentList.Add(arg);
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.That(python.ExitCode, Is.Zero, error);
        TestContext.Out.WriteLine(output);
        return (db, JsonDocument.Parse(output).RootElement.Clone());
    }

    /// <summary>A number of the scorer's summary by its path of keys ("grouping", "f1").</summary>
    public static double Field(this JsonElement score, params string[] path) =>
        path.Aggregate(score, (e, key) => e.GetProperty(key)).GetDouble();
}
