using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>Subjects copied from republished sentences on a PostgreSQL ledger: an original stored after its copy gives it its subject.</summary>
public class PostgresCopiedSubjectTests
{
    private const string Bulletin = """
        Consumer prices across the country rose by 12 percent in the year to March.
        Food and drink prices climbed by 9 percent over the same twelve months.
        """;

    private const string Copy = """
        Consumer prices across the country rose by 12 percent in the year to March.
        Food and drink prices climbed by 9 percent over the same twelve months.
        Energy bills for households were 31 percent up on last year.
        """;

    private PostgresDatabase database = null!;

    [SetUp]
    public void CreateDatabase() => database = PostgresDatabase.Create();

    [TearDown]
    public void DropDatabase() => database?.Dispose(); // null when SetUp was skipped (no CLAIMS_TEST_PG)

    [Test]
    public void An_original_stored_after_its_copy_gives_the_copy_its_subject()
    {
        using var ledger = LedgerDatabase.Open(database.Uri);
        var copy = ledger.Documents.Save(new FakeClaimExtractor().Extract(TestDocuments.Document(Copy, "/b/copy.txt", title: null))).DocumentId;
        var extracted = new FakeClaimExtractor().Extract(TestDocuments.Document(Bulletin, "/a/bulletin.txt", title: "Prices bulletin"));
        var bulletin = ledger.Documents.Save(extracted with
        {
            Claims = extracted.Claims.Select(c => c with { Subject = "United Kingdom", SubjectText = "UK", SubjectBasis = "the document's title names UK" }).ToList(),
        }).DocumentId;

        var subjects = ledger.Connection.Query<(string, string, string, long)>(
            "SELECT text, subject, subject_basis, subject_copied_from FROM claims WHERE document_id = @copy ORDER BY start", new { copy }).ToList();
        var sameSentence = $"the same sentence in document {bulletin} (Prices bulletin) is about United Kingdom";
        Assert.That(subjects, Is.EqualTo(new[]
        {
            ("12", "United Kingdom", sameSentence, bulletin),
            ("9", "United Kingdom", sameSentence, bulletin),
            ("31", "United Kingdom", $"a republished copy of document {bulletin} (Prices bulletin), which is about United Kingdom: 2 of its figure sentences are word for word in documents about it", bulletin),
        }));
        Assert.That(ledger.Claims.Query("percent").Select(c => c.Claim.Series).Distinct(), Is.EqualTo(new[] { "United Kingdom percent" }));
        Assert.That(ledger.Documents.Save(new FakeClaimExtractor().Extract(TestDocuments.Document(Copy, "/b/copy.txt", title: null))).Status,
            Is.EqualTo(SaveStatus.Unchanged));
    }
}
