using ClaimsLedger.Comparison;
using ClaimsLedger.Export;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

/// <summary>
/// The streamed comparisons over a ledger file, where sentences are read over a second connection on a thread of their
/// own, against the whole-ledger comparison (see <see cref="StreamedComparisonTests"/> for the in-memory ledger).
/// </summary>
public class StreamedLedgerFileTests
{
    private TempFolder folder = null!;
    private LedgerDatabase ledger = null!;

    [SetUp]
    public void Open()
    {
        folder = new TempFolder();
        ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        VariedLedger.Fill(ledger);
    }

    [TearDown]
    public void Close()
    {
        ledger.Dispose();
        folder.Dispose();
    }

    private ComparisonEngine Engine => new(ShippedRates.Value);

    [Test]
    public void A_ledger_file_reads_sentences_over_a_connection_of_their_own()
    {
        using var sentences = ledger.ClaimStream.OpenSentenceReader();

        var claims = sentences!.WithSentences(ledger.ClaimStream.MetricBlocks(null, ComparisonEngine.MetricKey).SelectMany(b => b));

        Assert.That(claims.Select(c => (c.Id, c.Sentence)).OrderBy(c => c.Id),
            Is.EqualTo(ledger.Claims.Query(null).Select(c => (c.Id, c.Sentence)).OrderBy(c => c.Id)));
        using var inMemory = LedgerDatabase.Open(":memory:");
        Assert.That(inMemory.ClaimStream.OpenSentenceReader(), Is.Null);
    }

    [Test]
    public void Export_rows_of_a_ledger_file_carry_exactly_the_whole_ledger_corroboration()
    {
        var expected = VariedLedger.WholeLedgerExport(ledger, Engine);

        var exported = new StringWriter();
        JsonLinesClaimWriter.Write(ClaimExport.Rows(ledger, null, ShippedRates.Value), exported);

        Assert.That(exported.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Conflicts_over_a_ledger_file_write_exactly_the_whole_ledger_report()
    {
        var expected = new StringWriter();
        PairReportWriter.Write(expected, Engine.Compare(ledger.Claims.Query(null)), PairReportFormat.Text);

        var streamed = new StringWriter();
        using (var blocks = ClaimBlocks.Of(ledger, null))
        using (var report = StreamedPairReport.Compare(blocks, Engine, PairReportFormat.Text, batchClaims: 7, memoryCharsPerPart: 500))
            report.WriteTo(streamed);

        Assert.That(streamed.ToString(), Is.EqualTo(expected.ToString()));
    }
}
