using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ledger;

public class ClaimStreamTests
{
    private LedgerDatabase ledger = null!;

    [SetUp]
    public void Open() => ledger = LedgerDatabase.Open(":memory:");

    [TearDown]
    public void Close() => ledger.Dispose();

    [Test]
    public void Blocks_hold_one_metric_key_each_in_ordinal_order_without_superseded_claims()
    {
        ledger.Documents.Save(TestDocuments.Extracted("We opened 40 schools. We built 3 bridges.", "/corpus/a.txt"));
        ledger.Documents.Save(TestDocuments.Extracted("We built 5 bridges and 2 airports.", "/corpus/b.txt"));
        ledger.Documents.Save(TestDocuments.Extracted("We built 6 bridges and 1 airports.", "/corpus/b.txt")); // revision of b.txt

        var blocks = ledger.ClaimStream.MetricBlocks(null, ComparisonEngine.MetricKey).ToList();

        Assert.That(blocks.Select(b => b.Select(c => c.Claim.Metric).Distinct().Single()), Is.EqualTo(new[] { "airports", "bridges", "schools" }));
        Assert.That(blocks[1].Select(c => c.Claim.Text), Is.EqualTo(new[] { "3", "6" }));
        Assert.That(blocks.SelectMany(b => b).Select(c => c.Sentence), Is.All.Empty);
    }

    [Test]
    public void A_metric_asked_for_by_alias_streams_only_its_claims()
    {
        ledger.Documents.Save(TestDocuments.Extracted("We built 3 bridges and 4 schools.", "/corpus/a.txt"));
        var catalogue = Path.GetTempFileName();
        File.WriteAllText(catalogue, """{"metrics":[{"name":"bridges","aliases":["river crossings"]}]}""");
        ledger.Metrics.ImportCatalogue(catalogue);
        File.Delete(catalogue);

        var blocks = ledger.ClaimStream.MetricBlocks("River Crossings", ComparisonEngine.MetricKey).ToList();

        Assert.That(blocks.SelectMany(b => b).Select(c => c.Claim.Text), Is.EqualTo(new[] { "3" }));
    }

    [Test]
    public void Sentences_are_cut_by_utf16_offsets_even_after_characters_outside_the_basic_plane()
    {
        const string Text = "\U0001F309\U0001F309 Look. We built 3 bridges.";
        ledger.Documents.Save(TestDocuments.Extracted(Text, "/corpus/a.txt"));

        var claims = ledger.ClaimStream.WithSentences(ledger.ClaimStream.MetricBlocks(null, ComparisonEngine.MetricKey).SelectMany(b => b));

        Assert.That(claims.Single().Sentence, Is.EqualTo("We built 3 bridges."));
    }
}
