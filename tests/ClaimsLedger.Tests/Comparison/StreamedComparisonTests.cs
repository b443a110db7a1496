using System.Text;
using ClaimsLedger.Comparison;
using ClaimsLedger.Export;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using Dapper;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

/// <summary>
/// The streamed comparisons (claims export's corroboration, claims conflicts) against the whole-ledger comparison they
/// replace: ClaimStore.Query(null) and one ComparisonEngine.Compare over every claim. Small batches and a small
/// in-memory part size make the stream cross many batch boundaries and spill to temporary files.
/// </summary>
public class StreamedComparisonTests
{
    private LedgerDatabase ledger = null!;

    [SetUp]
    public void Open()
    {
        ledger = LedgerDatabase.Open(":memory:");
        VariedLedger.Fill(ledger);
    }

    [TearDown]
    public void Close() => ledger.Dispose();

    private ComparisonEngine Engine => new(ShippedRates.Value);

    [TestCase(PairReportFormat.Text)]
    [TestCase(PairReportFormat.Markdown)]
    [TestCase(PairReportFormat.Jsonl)]
    [TestCase(PairReportFormat.Csv)]
    public void Streamed_conflicts_write_exactly_the_whole_ledger_report(PairReportFormat format)
    {
        var whole = Engine.Compare(ledger.Claims.Query(null));
        var expected = new StringWriter();
        PairReportWriter.Write(expected, whole, format);

        var streamed = new StringWriter();
        using (var report = StreamedPairReport.Compare(ClaimBlocks.Of(ledger, null), Engine, format, batchClaims: 7, memoryCharsPerPart: 500))
            report.WriteTo(streamed);

        Assert.That(whole.Notes, Has.Count.EqualTo(51), "the ledger makes more notes than a report keeps");
        Assert.That(whole.Pairs.Select(p => p.Status).Distinct().Count(), Is.EqualTo(4), "the ledger has pairs of every status");
        Assert.That(streamed.ToString(), Is.EqualTo(expected.ToString()));
    }

    [TestCase("GDP growth")]
    [TestCase("gdp  GROWTH")]
    [TestCase("internet users")]
    public void Streamed_conflicts_of_one_metric_write_exactly_the_whole_ledger_report_of_it(string metric)
    {
        var key = ComparisonEngine.MetricKey(metric);
        var whole = Engine.Compare(ledger.Claims.Query(metric).Where(c => ComparisonEngine.MetricKey(c.Claim.Metric) == key));
        var expected = new StringWriter();
        PairReportWriter.Write(expected, whole, PairReportFormat.Text);

        var streamed = new StringWriter();
        using (var report = StreamedPairReport.Compare(ClaimBlocks.Of(ledger, metric).OfMetricKey(key), Engine, PairReportFormat.Text, batchClaims: 5))
            report.WriteTo(streamed);

        Assert.That(whole.Pairs, Is.Not.Empty);
        Assert.That(streamed.ToString(), Is.EqualTo(expected.ToString()));
    }

    [Test]
    public void Streamed_export_rows_carry_exactly_the_whole_ledger_corroboration_in_metric_order()
    {
        var corroboration = Engine.Compare(ledger.Claims.Query(null)).Corroboration();
        var expected = VariedLedger.WholeLedgerExport(ledger, Engine);

        var streamed = new StringWriter();
        JsonLinesClaimWriter.Write(CorroborationStream.Corroborate(
            ledger.ClaimStream.MetricBlocks(null, ComparisonEngine.MetricKey), Engine, ledger.ClaimStream.WithSentences, batchClaims: 7,
            everySentence: true), streamed);

        Assert.That(corroboration.All.Count(c => c.RepublishedAs.Count > 0), Is.GreaterThan(0), "the ledger has copies");
        Assert.That(streamed.ToString(), Is.EqualTo(expected));
    }
}
