using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Ledger;

public class DocumentStoreTests
{
    private const string Briefing = "Minister:\nWe built 120 bridges in 2021. Exports reached 3.5 million tonnes.\n";

    private LedgerDatabase ledger = null!;

    [SetUp]
    public void OpenLedger() => ledger = LedgerDatabase.Open(":memory:");

    [TearDown]
    public void CloseLedger() => ledger.Dispose();

    [Test]
    public void Saving_a_document_stores_its_text_sentences_and_claims()
    {
        var outcome = ledger.Documents.Save(TestDocuments.Extracted(Briefing, eventDate: new DateOnly(2022, 3, 1)));

        Assert.That(outcome.Status, Is.EqualTo(SaveStatus.Added));
        Assert.That(outcome.ClaimsAdded, Is.EqualTo(2));
        var stored = ledger.Documents.Get(outcome.DocumentId)!;
        Assert.That(stored.Text, Is.EqualTo(Briefing));
        Assert.That(stored.EventDate, Is.EqualTo(new DateOnly(2022, 3, 1)));
        Assert.That(stored.Revision, Is.EqualTo(1));
        Assert.That(ledger.Documents.GetSentences(outcome.DocumentId).Select(s => Briefing[s.Start..s.End]),
            Is.EqualTo(new[] { "We built 120 bridges in 2021.", "Exports reached 3.5 million tonnes." }));
        Assert.That(ledger.Documents.GetSentences(outcome.DocumentId).Select(s => s.Speaker), Is.All.EqualTo("Minister"));
    }

    [Test]
    public void Reingesting_identical_content_changes_nothing()
    {
        var first = ledger.Documents.Save(TestDocuments.Extracted(Briefing));

        var second = ledger.Documents.Save(TestDocuments.Extracted(Briefing));

        Assert.That(second.Status, Is.EqualTo(SaveStatus.Unchanged));
        Assert.That(second.DocumentId, Is.EqualTo(first.DocumentId));
        Assert.That(ledger.Documents.Count(), Is.EqualTo((1L, 1L)));
        Assert.That(ledger.Claims.Query(null), Has.Count.EqualTo(2));
    }

    [Test]
    public void The_same_content_at_another_path_is_unchanged_and_names_the_existing_document()
    {
        ledger.Documents.Save(TestDocuments.Extracted(Briefing, path: "/a/briefing.txt"));

        var copy = ledger.Documents.Save(TestDocuments.Extracted(Briefing, path: "/b/copy.txt"));

        Assert.That(copy.Status, Is.EqualTo(SaveStatus.Unchanged));
        Assert.That(copy.ExistingPath, Is.EqualTo("/a/briefing.txt"));
    }

    [Test]
    public void Changed_content_at_the_same_path_becomes_a_new_revision_and_the_old_claims_stay_queryable_as_superseded()
    {
        var first = ledger.Documents.Save(TestDocuments.Extracted("We built 120 bridges.\n"));

        var second = ledger.Documents.Save(TestDocuments.Extracted("We built 125 bridges.\n"));

        Assert.That(second.Status, Is.EqualTo(SaveStatus.Revised));
        Assert.That(second.Revision, Is.EqualTo(2));
        Assert.That(second.SupersededId, Is.EqualTo(first.DocumentId));
        Assert.That(ledger.Documents.Get(first.DocumentId)!.SupersededBy, Is.EqualTo(second.DocumentId));
        Assert.That(ledger.Claims.Query("bridges").Select(c => c.Claim.Value), Is.EqualTo(new[] { 125.0 }));
        Assert.That(ledger.Claims.Query("bridges", includeSuperseded: true).Select(c => c.Claim.Value), Is.EquivalentTo(new[] { 120.0, 125.0 }));
    }

    [Test]
    public void Returning_to_earlier_content_at_a_path_is_a_new_revision_too()
    {
        ledger.Documents.Save(TestDocuments.Extracted("We built 120 bridges.\n"));
        ledger.Documents.Save(TestDocuments.Extracted("We built 125 bridges.\n"));

        var third = ledger.Documents.Save(TestDocuments.Extracted("We built 120 bridges.\n"));

        Assert.That(third.Status, Is.EqualTo(SaveStatus.Revised));
        Assert.That(ledger.Claims.Query("bridges").Select(c => c.Claim.Value), Is.EqualTo(new[] { 120.0 }));
    }

    [Test]
    public void A_failure_while_saving_leaves_no_trace_of_the_document()
    {
        var extracted = TestDocuments.Extracted(Briefing);
        var broken = extracted with { Claims = [.. extracted.Claims, extracted.Claims[0] with { End = extracted.Claims[0].Start }] };

        Assert.That(() => ledger.Documents.Save(broken), Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>());

        foreach (var table in new[] { "documents", "sentences", "claims", "metrics" })
            Assert.That(ledger.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}"), Is.Zero, table);
    }

    [Test]
    public void An_unbounded_high_is_stored_as_null_and_read_back_as_infinity()
    {
        var extracted = TestDocuments.Extracted("Over 120 bridges.\n");
        var over = extracted with { Claims = [extracted.Claims[0] with { Qualifier = Qualifier.Over, High = double.PositiveInfinity }] };

        ledger.Documents.Save(over);

        Assert.That(ledger.Connection.ExecuteScalar<double?>("SELECT high FROM claims"), Is.Null);
        Assert.That(ledger.Claims.Query("bridges").Single().Claim.High, Is.EqualTo(double.PositiveInfinity));
        Assert.That(ledger.Claims.Query("bridges").Single().Claim.Qualifier, Is.EqualTo(Qualifier.Over));
    }

    [Test]
    public void A_claim_whose_sentence_the_extractor_did_not_list_gets_that_sentence_stored()
    {
        var extracted = TestDocuments.Extracted("We built 120 bridges.\n");
        var withoutSentences = extracted with { Sentences = [] };

        var outcome = ledger.Documents.Save(withoutSentences);

        Assert.That(ledger.Documents.GetSentences(outcome.DocumentId).Select(s => (s.Start, s.End)), Is.EqualTo(new[] { (0, 21) }));
        Assert.That(ledger.Claims.Query(null).Single().Sentence, Is.EqualTo("We built 120 bridges."));
    }
}
