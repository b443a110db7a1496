using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Ledger;

/// <summary>
/// Subjects of republished copies: a claim without a subject of its own takes the subject of the same sentence, word for
/// word, in another current document; a document with two or more such sentences, all of one subject, takes it for its
/// other claims too. Whichever arrives first, original or copy, the ledger ends the same. Documents are read by the fake
/// extractor; an original's subject is set on its claims as the real extractor would read it from its title.
/// </summary>
public class CopiedSubjectTests
{
    private const string Bulletin = """
        Consumer prices across the country rose by 12 percent in the year to March.
        Food and drink prices climbed by 9 percent over the same twelve months.
        Household energy bills were 31 percent higher than a year before.
        """;

    // Two sentences of the bulletin word for word (case and punctuation aside), one edited, one of its own.
    private const string Copy = """
        CONSUMER prices across the country rose by 12 percent in the year to March!
        Food and drink prices climbed by 9 percent -- over the same twelve months.
        Energy bills for households were 31 percent up on last year.
        Analysts expect 2 more rises before the end of the summer.
        """;

    private const string FrenchBulletin = "Food and drink prices climbed by 9 percent over the same twelve months.\n";

    private LedgerDatabase ledger = null!;

    [SetUp]
    public void OpenLedger() => ledger = LedgerDatabase.Open(":memory:");

    [TearDown]
    public void CloseLedger() => ledger.Dispose();

    [Test]
    public void A_copy_stored_after_its_original_takes_its_subject()
    {
        var bulletin = Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var copy = Save("/b/copy.txt", Copy);

        Assert.That(SubjectsOf(copy), Is.EqualTo(new[]
        {
            ("12", "United Kingdom", $"the same sentence in document {bulletin} (Prices bulletin) is about United Kingdom"),
            ("9", "United Kingdom", $"the same sentence in document {bulletin} (Prices bulletin) is about United Kingdom"),
            ("31", "United Kingdom", $"a republished copy of document {bulletin} (Prices bulletin), which is about United Kingdom: 2 of its figure sentences are word for word in documents about it"),
            ("2", "United Kingdom", $"a republished copy of document {bulletin} (Prices bulletin), which is about United Kingdom: 2 of its figure sentences are word for word in documents about it"),
        }));
        var claim = ledger.Claims.Query(null).First(c => c.DocumentId == copy);
        Assert.That((claim.Claim.SubjectText, claim.Claim.Series), Is.EqualTo(("UK", "United Kingdom percent")), "export's metric is subject and property");
        Assert.That(SubjectsOf(bulletin).Select(s => s.Basis), Is.All.EqualTo("the document's title names UK"));
    }

    [Test]
    public void An_original_stored_after_its_copy_gives_the_copy_its_subject_in_the_same_way()
    {
        var copy = Save("/b/copy.txt", Copy);
        Assert.That(SubjectsOf(copy).Select(s => s.Subject), Is.All.Null);

        var bulletin = Save("/a/bulletin.txt", Bulletin, "United Kingdom");

        var copyFirst = SubjectsOf(copy);
        ledger.Dispose();
        ledger = LedgerDatabase.Open(":memory:");
        var bulletinFirst = Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var copyAfter = Save("/b/copy.txt", Copy);
        Assert.That(copyFirst, Is.EqualTo(SubjectsOf(copyAfter).Select(s => s with { Basis = s.Basis!.Replace($"document {bulletinFirst} ", $"document {bulletin} ") })));
        Assert.That(copyFirst.Select(s => s.Subject), Is.All.EqualTo("United Kingdom"));
    }

    [Test]
    public void One_copied_sentence_gives_its_subject_to_that_sentence_alone()
    {
        var bulletin = Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var quoting = Save("/b/column.txt", "Food and drink prices climbed by 9 percent over the same twelve months.\nWe expect 2 more rises.\n");

        Assert.That(SubjectsOf(quoting), Is.EqualTo(new[]
        {
            ("9", "United Kingdom", $"the same sentence in document {bulletin} (Prices bulletin) is about United Kingdom"),
            ("2", (string?)null, (string?)null),
        }));
    }

    [Test]
    public void A_copy_of_documents_about_two_subjects_takes_each_sentence_s_subject_and_no_default()
    {
        Save("/a/bulletin.txt", Bulletin.Split('\n')[0] + "\n", "United Kingdom");
        Save("/c/france.txt", FrenchBulletin, "France");
        var copy = Save("/b/copy.txt", Copy);

        Assert.That(SubjectsOf(copy).Select(s => (s.Figure, s.Subject)), Is.EqualTo(new[]
        {
            ("12", "United Kingdom"), ("9", "France"), ("31", null), ("2", (string?)null),
        }));
    }

    [Test]
    public void A_sentence_two_documents_give_different_subjects_gets_neither()
    {
        Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        Save("/c/france.txt", FrenchBulletin, "France");
        var copy = Save("/b/copy.txt", Copy);

        Assert.That(SubjectsOf(copy).Select(s => (s.Figure, s.Subject)), Is.EqualTo(new[]
        {
            ("12", "United Kingdom"), ("9", null), ("31", null), ("2", (string?)null),
        }));
    }

    [Test]
    public void Sentences_too_short_to_tell_a_copy_from_a_coincidence_give_no_subject()
    {
        Save("/a/bulletin.txt", "Prices rose 12 percent.\nWages rose 3 percent.\n", "United Kingdom");
        var other = Save("/b/other.txt", "Prices rose 12 percent.\nWages rose 3 percent.\nRents rose 5 percent.\n");

        Assert.That(SubjectsOf(other).Select(s => s.Subject), Is.All.Null);
    }

    [Test]
    public void A_claim_with_a_subject_of_its_own_keeps_it()
    {
        var bulletin = Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var extracted = new FakeClaimExtractor().Extract(TestDocuments.Document(Copy, "/b/copy.txt", title: null));
        var irish = extracted with
        {
            Claims = extracted.Claims.Select(c => c.Text == "12" ? c with { Subject = "Ireland", SubjectText = "Irish", SubjectBasis = "possessive" } : c).ToList(),
        };
        var copy = ledger.Documents.Save(irish).DocumentId;

        Assert.That(SubjectsOf(copy).Select(s => (s.Figure, s.Subject, s.Basis)).Take(2), Is.EqualTo(new[]
        {
            ("12", "Ireland", "possessive"),
            ("9", "United Kingdom", $"the same sentence in document {bulletin} (Prices bulletin) is about United Kingdom"),
        }));
        Assert.That(SubjectsOf(copy)[2].Subject, Is.Null, "one copied sentence is not a republished copy");
    }

    [Test]
    public void Storing_either_document_again_changes_nothing()
    {
        Save("/b/copy.txt", Copy);
        Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var before = AllClaims();

        Assert.That(ledger.Documents.Save(Extracted("/b/copy.txt", Copy)).Status, Is.EqualTo(SaveStatus.Unchanged));
        Assert.That(ledger.Documents.Save(Extracted("/a/bulletin.txt", Bulletin, "United Kingdom")).Status, Is.EqualTo(SaveStatus.Unchanged));

        Assert.That(AllClaims(), Is.EqualTo(before));
    }

    [Test]
    public void A_new_revision_of_the_original_without_the_sentences_takes_the_copied_subjects_back()
    {
        Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var copy = Save("/b/copy.txt", Copy);

        Save("/a/bulletin.txt", "Consumer prices rose by 14 percent in the year to April, the highest rate in decades.\n", "United Kingdom");

        Assert.That(SubjectsOf(copy).Select(s => s.Subject), Is.All.Null);
    }

    [Test]
    public void Reading_a_copy_again_copies_its_subjects_again()
    {
        Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var copy = Save("/b/copy.txt", Copy);
        var before = SubjectsOf(copy);
        ledger.Connection.Execute("UPDATE claims SET subject = NULL, subject_text = NULL, subject_basis = NULL, subject_copied_from = NULL WHERE document_id = @copy",
            new { copy });

        var outcome = new IngestPipeline(ledger, new FakeClaimExtractor()).Reextract(copy);

        Assert.That((outcome.Failure, outcome.Replaced?.Replaced), Is.EqualTo(((string?)null, (bool?)true)));
        Assert.That(SubjectsOf(copy), Is.EqualTo(before));
    }

    [Test]
    public void Reading_the_original_again_works_its_copies_out_again()
    {
        var bulletin = Save("/a/bulletin.txt", Bulletin, "United Kingdom");
        var copy = Save("/b/copy.txt", Copy);

        // The fake extractor reads no subject: the original, read again, is about nobody known, and so is its copy.
        var outcome = new IngestPipeline(ledger, new FakeClaimExtractor()).Reextract(bulletin);

        Assert.That((outcome.Failure, outcome.Replaced?.Replaced), Is.EqualTo(((string?)null, (bool?)true)));
        Assert.That(SubjectsOf(bulletin).Concat(SubjectsOf(copy)).Select(s => s.Subject), Is.All.Null);
    }

    [Test]
    public void A_ledger_from_before_migration_0008_gets_its_fingerprints_at_the_next_ingest()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        using (var old = LedgerContents.OpenRaw(path))
        {
            new SchemaMigrator(MigrationScript.Embedded.Where(s => string.CompareOrdinal(s.Name, "0008") < 0).ToList()).Apply(old, TimeProvider.System);
            const string Sentence = "Food and drink prices climbed by 9 percent over the same twelve months.";
            old.Execute($"""
                INSERT INTO documents (id, path, file_name, sha256, text, ingested_at) VALUES
                    (1, '/b/copy.txt', 'copy.txt', printf('%064d', 1), '{Sentence} Rents rose 3 percent.', '2022-01-01T00:00:00Z');
                INSERT INTO sentences (id, document_id, start, "end") VALUES (1, 1, 0, {Sentence.Length}), (2, 1, {Sentence.Length + 1}, {Sentence.Length + 22});
                INSERT INTO metrics (id, name) VALUES (1, 'percent');
                INSERT INTO claims (document_id, sentence_id, metric_id, start, "end", text, value, unit, qualifier, metric_phrase, sentence_start, sentence_end) VALUES
                    (1, 1, 1, 33, 34, '9', 9, 'count', 'exact', 'percent', 0, {Sentence.Length});
                """);
        }
        ledger.Dispose();
        ledger = LedgerDatabase.Open(path);
        Assert.That(ledger.Connection.ExecuteScalar<string?>("SELECT sentence_fingerprint FROM claims"), Is.Null);

        var bulletin = Save("/a/bulletin.txt", Bulletin, "United Kingdom");

        Assert.That(ledger.Connection.ExecuteScalar<long>("SELECT count(*) FROM claims WHERE sentence_fingerprint IS NULL"), Is.Zero);
        Assert.That(SubjectsOf(1).Single(), Is.EqualTo(("9", "United Kingdom", $"the same sentence in document {bulletin} (Prices bulletin) is about United Kingdom")));
    }

    private long Save(string path, string text, string? subject = null) => ledger.Documents.Save(Extracted(path, text, subject)).DocumentId;

    /// <summary>The fake extractor's reading, every claim about <paramref name="subject"/> as if the title named it ("UK").</summary>
    private static ExtractedDocument Extracted(string path, string text, string? subject = null)
    {
        var extracted = new FakeClaimExtractor().Extract(TestDocuments.Document(text, path, title: subject is null ? null : "Prices bulletin"));
        if (subject is null)
            return extracted;
        var words = subject == "United Kingdom" ? "UK" : subject;
        return extracted with
        {
            Claims = extracted.Claims.Select(c => c with { Subject = subject, SubjectText = words, SubjectBasis = $"the document's title names {words}" }).ToList(),
        };
    }

    private IReadOnlyList<(string Figure, string? Subject, string? Basis)> SubjectsOf(long documentId) =>
        ledger.Claims.Query(null).Where(c => c.DocumentId == documentId).OrderBy(c => c.Claim.Start)
            .Select(c => (c.Claim.Text, c.Claim.Subject, c.Claim.SubjectBasis)).ToList();

    private IReadOnlyList<(long, long, string?, string?, string?, long?)> AllClaims() =>
        ledger.Connection.Query<(long, long, string?, string?, string?, long?)>(
            "SELECT id, document_id, subject, subject_text, subject_basis, subject_copied_from FROM claims ORDER BY id").ToList();
}
