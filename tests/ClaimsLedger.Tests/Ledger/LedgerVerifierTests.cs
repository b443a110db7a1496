using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Ledger;

public class LedgerVerifierTests
{
    private LedgerDatabase ledger = null!;

    [SetUp]
    public void OpenLedgerWithOneDocument()
    {
        ledger = LedgerDatabase.Open(":memory:");
        ledger.Documents.Save(TestDocuments.Extracted("We built 120 bridges. Exports reached 3.5 million tonnes.\n"));
    }

    [TearDown]
    public void CloseLedger() => ledger.Dispose();

    [Test]
    public void A_ledger_written_by_the_stores_verifies_clean()
    {
        var report = LedgerVerifier.Verify(ledger);

        Assert.That(report.Problems, Is.Empty);
        Assert.That((report.Documents, report.Sentences, report.Claims), Is.EqualTo((1, 2, 2)));
    }

    [Test]
    public void A_claim_whose_text_differs_from_the_document_at_its_offsets_is_reported()
    {
        ledger.Connection.Execute("UPDATE claims SET text = '121' WHERE text = '120'");

        var report = LedgerVerifier.Verify(ledger);

        Assert.That(report.Problems, Is.EqualTo(new[] { "claim 1: text \"121\" but document 1 has \"120\" at [9, 12)" }));
    }

    [Test]
    public void A_claim_outside_its_document_or_sentence_is_reported()
    {
        ledger.Connection.Execute("""UPDATE claims SET start = 500, "end" = 503 WHERE id = 1""");
        // The code point offsets move with the UTF-16 ones, or verify reports them too (since migration 0006).
        ledger.Connection.Execute("""UPDATE claims SET start = 0, "end" = 2, start_cp = 0, end_cp = 2, text = 'We' WHERE id = 2""");

        var report = LedgerVerifier.Verify(ledger);

        Assert.That(report.Problems, Is.EqualTo(new[]
        {
            "claim 1: [500, 503) is outside document 1 (length 58)",
            "claim 2: [0, 2) is not inside its sentence [22, 57)",
        }));
    }

    [Test]
    public void A_document_whose_text_no_longer_matches_its_sha256_is_reported()
    {
        ledger.Connection.Execute("UPDATE documents SET text = text || ' '");

        var report = LedgerVerifier.Verify(ledger);

        Assert.That(report.Problems, Has.Count.EqualTo(1));
        Assert.That(report.Problems[0], Does.StartWith("document 1: sha256 "));
    }
}
