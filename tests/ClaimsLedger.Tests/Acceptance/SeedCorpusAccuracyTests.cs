using System.Text.Json;
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

    private static (string, JsonElement) IngestExportAndScore() =>
        CorpusScore.Run(RepositoryPaths.RequireShared("corpus", "seeds"), RepositoryPaths.RequireShared("gold", "seeds.jsonl"), []);

    private static double Score(params string[] path) => Run.Value.Score.Field(path);

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
