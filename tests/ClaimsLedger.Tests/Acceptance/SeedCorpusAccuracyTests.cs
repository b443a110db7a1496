using System.Diagnostics;
using System.Text.Json;
using ClaimsLedger.Export;
using ClaimsLedger.Extraction;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Acceptance;

/// <summary>
/// The whole path on the real seed corpus: ingest into a ledger, export JSON Lines, score with ../shared/eval/score.py.
/// Accuracy floors (issues 2 and 3), not timings.
/// </summary>
[NonParallelizable]
public class SeedCorpusAccuracyTests
{
    private static readonly Lazy<(string Db, JsonElement Score)> Run = new(IngestExportAndScore);

    private static (string, JsonElement) IngestExportAndScore()
    {
        var seeds = RepositoryPaths.RequireShared("corpus", "seeds");
        var gold = RepositoryPaths.RequireShared("gold", "seeds.jsonl");
        var scorer = RepositoryPaths.RequireShared("eval", "score.py");
        var folder = Directory.CreateTempSubdirectory("claims-seeds-").FullName;
        var db = Path.Combine(folder, "seeds.db");
        var export = Path.Combine(folder, "claims.jsonl");
        using (var ledger = LedgerDatabase.Open(db))
        {
            var extractor = ClaimExtractorFactory.CreateDefault(Path.Combine(AppContext.BaseDirectory, "data"));
            var result = new IngestPipeline(ledger, extractor).Run([seeds], new IngestOptions());
            Assert.That(result.Failed, Is.Zero, "seed files that failed to ingest");
            using var writer = new StreamWriter(export);
            var rates = ClaimsLedger.Comparison.CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data"));
            JsonLinesClaimWriter.Write(ClaimExport.Rows(ledger, null, rates), writer);
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { scorer, "--gold", gold, "--corpus", seeds, "--pred", export, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.That(python.ExitCode, Is.Zero, error);
        TestContext.Out.WriteLine(output);
        return (db, JsonDocument.Parse(output).RootElement.Clone());
    }

    private static double Score(params string[] path) =>
        path.Aggregate(Run.Value.Score, (e, key) => e.GetProperty(key)).GetDouble();

    [TestCase("precision", 0.97)]
    [TestCase("recall", 0.97)]
    [TestCase("f1", 0.97)]
    [TestCase("fully_correct", 0.92)]
    public void Seed_corpus_score_meets_its_floor(string field, double floor)
    {
        Assert.That(Score(field), Is.GreaterThanOrEqualTo(floor));
    }

    [TestCase("qualifier", 0.95)]
    [TestCase("speaker", 0.95)]
    [TestCase("period_year", 0.92)]
    [TestCase("value", 0.95)]
    [TestCase("unit", 0.95)]
    public void Seed_corpus_field_accuracy_meets_its_floor(string field, double floor)
    {
        Assert.That(Score("field_accuracy", field), Is.GreaterThanOrEqualTo(floor));
    }

    [Test]
    public void Seed_corpus_grouping_meets_its_floor()
    {
        Assert.That(Score("grouping", "f1"), Is.GreaterThanOrEqualTo(0.90));
    }

    [Test]
    public void Internet_users_query_returns_both_speakers_2012_and_2021_figures_and_nothing_else()
    {
        using var ledger = LedgerDatabase.Open(Run.Value.Db);
        var figures = ledger.Claims.Query("internet users")
            .Select(c => (c.Claim.Text, c.Claim.PeriodStart?.Year, c.Claim.Speaker))
            .OrderBy(f => f.Year).ThenBy(f => f.Text, StringComparer.Ordinal).ToList();
        Assert.That(figures, Is.EqualTo(new (string, int?, string?)[]
        {
            ("560 million", 2012, "Wang Song"), ("564 million", 2012, "Niu Yibing"),
            ("1.03 billion", 2021, "Niu Yibing"), ("1.032 billion", 2021, "Wang Song"),
        }));
    }
}
