using ClaimsLedger.Comparison;
using ClaimsLedger.Export;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Export;

/// <summary>The export's corroboration, computed metric by metric from the stream, against the whole-ledger comparison.</summary>
public class CorroboratedExportTests
{
    private static readonly CurrencyRates NoRates = new([]);
    private LedgerDatabase ledger = null!;

    [SetUp]
    public void Open()
    {
        ledger = LedgerDatabase.Open(":memory:");
        Save("a.txt", "We built 120 bridges in 2021.", 2021);
        Save("b.txt", "From the wire.\nWe built 120 bridges in 2021.", 2021); // copies a.txt: republished, not a source
        Save("c.txt", "Officials counted 120 bridges in 2021.", 2021);
        Save("d.txt", "Others say 90 bridges in 2021.", 2021);
        Save("e.txt", "\U0001F309 A survey found 120 bridges in 2021.", 2021, metric: "bridges  "); // same metric key, another metric row
        Save("f.txt", "We opened 40 schools in 2021. We opened 41 schools in 2020.", 2021);
        Save("g.txt", "We opened 40 schools in 2021.", 2021);
        Save("h.txt", "We built 7 bridges.", null);
    }

    [TearDown]
    public void Close() => ledger.Dispose();

    private void Save(string file, string text, int? year, string? metric = null)
    {
        var extracted = TestDocuments.Extracted(text, "/corpus/" + file);
        var claims = extracted.Claims.Select(c => c with
        {
            Metric = metric ?? c.Metric,
            PeriodStart = year is { } y ? new DateOnly(y, 1, 1) : null,
            PeriodEnd = year is { } z ? new DateOnly(z, 12, 31) : null,
        }).ToList();
        ledger.Documents.Save(extracted with { Claims = claims });
    }

    [Test]
    public void Every_claim_gets_the_corroboration_the_whole_ledger_comparison_gives_it()
    {
        var whole = new ComparisonEngine(NoRates).Compare(ledger.Claims.Query(null)).Corroboration();

        var rows = ClaimExport.Rows(ledger, null, NoRates).ToList();

        Assert.That(rows.Select(r => r.Stored.Id).Order(), Is.EqualTo(ledger.Claims.Query(null).Select(c => c.Id).Order()));
        foreach (var row in rows)
        {
            var expected = whole.For(row.Stored.Id);
            Assert.That((row.Corroboration.IndependentSources, row.Corroboration.ConflictsWith),
                Is.EqualTo((expected.IndependentSources, expected.ConflictsWith)), $"claim {row.Stored.Id} \"{row.Stored.Claim.Text}\"");
        }
    }

    [Test]
    public void Copies_do_not_count_as_sources_and_conflicting_claims_are_named()
    {
        var rows = ClaimExport.Rows(ledger, null, NoRates).Where(r => r.Stored.Claim.Metric.StartsWith("bridges", StringComparison.Ordinal))
            .ToDictionary(r => r.Stored.DocumentFile);

        Assert.That(rows["a.txt"].Corroboration.IndependentSources, Is.EqualTo(2)); // c.txt and e.txt; b.txt is a copy
        Assert.That(rows["c.txt"].Corroboration.IndependentSources, Is.EqualTo(2)); // a.txt and its copy once, e.txt
        Assert.That(rows["d.txt"].Corroboration.ConflictsWith,
            Is.EqualTo(new[] { "a.txt", "b.txt", "c.txt", "e.txt" }.Select(f => rows[f].Stored.Id)));
        Assert.That(rows["h.txt"].Corroboration.IndependentSources, Is.Zero); // undated: never compared
    }

    [Test]
    public void Conflicting_claims_are_counted_in_full_and_named_up_to_the_limit_lowest_ids_first()
    {
        Dictionary<string, ClaimCorroboration> Rows(int maxConflictIds) =>
            ClaimExport.Rows(ledger, null, new ComparisonEngine(NoRates), maxConflictIds)
                .Where(r => r.Stored.Claim.Metric.StartsWith("bridges", StringComparison.Ordinal))
                .ToDictionary(r => r.Stored.DocumentFile, r => r.Corroboration);
        var all = Rows(ClaimExport.DefaultMaxConflictIds)["d.txt"];

        var two = Rows(2);
        var none = Rows(0);

        Assert.That((all.ConflictCount, all.ConflictsWith.Count), Is.EqualTo((4, 4)), "under the default limit every id is named");
        Assert.That(two["d.txt"].ConflictsWith, Is.EqualTo(all.ConflictsWith.Take(2)));
        Assert.That(two["d.txt"].ConflictCount, Is.EqualTo(4));
        Assert.That(two["a.txt"].ConflictsWith, Is.EqualTo(new[] { two["d.txt"].ClaimId }), "one conflict: nothing cut");
        Assert.That(none["d.txt"].ConflictsWith, Is.Empty);
        Assert.That(none["d.txt"].ConflictCount, Is.EqualTo(4));
    }

    [Test]
    public void Rows_come_metric_by_metric_and_in_batches_of_any_size_give_the_same_result()
    {
        var blocks = ledger.ClaimStream.MetricBlocks(null, ComparisonEngine.MetricKey).ToList();
        var inOnes = CorroborationStream.Corroborate(blocks, new ComparisonEngine(NoRates), ledger.ClaimStream.WithSentences, batchClaims: 1);
        var atOnce = ClaimExport.Rows(ledger, null, NoRates);

        Assert.That(blocks.Select(b => b.Select(c => ComparisonEngine.MetricKey(c.Claim.Metric)).Distinct().Single()),
            Is.EqualTo(new[] { "bridges", "schools" }));
        Assert.That(inOnes.Select(r => (r.Stored.Id, r.Corroboration.IndependentSources, string.Join(';', r.Corroboration.ConflictsWith))),
            Is.EqualTo(atOnce.Select(r => (r.Stored.Id, r.Corroboration.IndependentSources, string.Join(';', r.Corroboration.ConflictsWith)))));
    }
}
