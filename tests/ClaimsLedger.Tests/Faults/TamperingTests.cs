using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Faults;

/// <summary>`claims verify` after raw SQL has changed what the stores wrote: non-zero exit and a line naming each problem.</summary>
public class TamperingTests : CliLedgerTest
{
    // Document 1: "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n" -- claim 1 "120" at [20, 23), claim 2 "300" at [42, 45).
    private const string BriefingA = "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n";

    [SetUp]
    public void IngestTwoDocuments()
    {
        Folder.Write("in/a.txt", BriefingA);
        Folder.Write("in/b.txt", "Briefing B\nWe built 150 bridges.\n");
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-01-01").ExitCode, Is.Zero);
        Assert.That(Claims.Run("verify", "--db", Db).ExitCode, Is.Zero);
    }

    private void Tamper(string sql, object? parameters = null)
    {
        using var connection = LedgerContents.OpenRaw(Db);
        connection.Execute(sql, parameters);
    }

    private void AssertVerifyReports(params string[] problems)
    {
        var result = Claims.Run("verify", "--db", Db);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        foreach (var problem in problems)
            Assert.That(result.Output, Does.Contain("problem: " + problem));
        Assert.That(result.Output, Does.Match(@"ledger has [1-9]\d* problems \(\d+ documents, \d+ sentences, \d+ claims checked\)\n$"));
    }

    [Test]
    public void A_claim_text_changed_in_place_is_reported()
    {
        Tamper("UPDATE claims SET text = '121' WHERE id = 1");

        AssertVerifyReports("claim 1: text \"121\" but document 1 has \"120\" at [20, 23)");
    }

    [Test]
    public void Claim_offsets_moved_off_the_figure_are_reported()
    {
        Tamper("""UPDATE claims SET start = start + 1, "end" = "end" + 1 WHERE id = 1""");

        AssertVerifyReports("claim 1: text \"120\" but document 1 has \"20 \" at [21, 24)");
    }

    [Test]
    public void Claim_offsets_past_the_end_of_the_document_are_reported()
    {
        Tamper("""UPDATE claims SET start = 5000, "end" = 5003 WHERE id = 2""");

        AssertVerifyReports($"claim 2: [5000, 5003) is outside document 1 (length {BriefingA.Length})");
    }

    [Test]
    public void Empty_or_reversed_claim_offsets_cannot_even_be_written()
    {
        Assert.That(() => Tamper("""UPDATE claims SET start = 23, "end" = 20 WHERE id = 1"""),
            Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains("CHECK constraint failed"));
        Assert.That(Claims.Run("verify", "--db", Db).ExitCode, Is.Zero);
    }

    [Test]
    public void A_document_text_changed_under_its_claims_is_reported_by_hash_and_by_claim()
    {
        Tamper("UPDATE documents SET text = replace(text, '120', '720') WHERE id = 1");

        AssertVerifyReports("document 1: sha256 ", "claim 1: text \"120\" but document 1 has \"720\" at [20, 23)");
    }

    [Test]
    public void A_document_text_changed_with_a_matching_new_hash_is_still_caught_by_its_claims()
    {
        var forged = BriefingA.Replace("120", "720", StringComparison.Ordinal);
        Tamper("UPDATE documents SET text = @forged, sha256 = @sha WHERE id = 1", new { forged, sha = ContentHash.Of(forged) });

        AssertVerifyReports("claim 1: text \"120\" but document 1 has \"720\" at [20, 23)");
    }

    [Test]
    public void A_document_hash_changed_alone_is_reported()
    {
        Tamper("UPDATE documents SET sha256 = @sha WHERE id = 2", new { sha = new string('0', 64) });

        AssertVerifyReports($"document 2: sha256 {new string('0', 64)} does not match its text");
    }

    [Test]
    public void A_sentence_moved_away_from_its_claim_is_reported()
    {
        Tamper("""UPDATE sentences SET start = 0, "end" = 5 WHERE id = (SELECT sentence_id FROM claims WHERE id = 2)""");

        AssertVerifyReports("claim 2: [42, 45) is not inside its sentence [0, 5)");
    }

    [Test]
    public void A_claim_whose_sentence_was_deleted_behind_the_foreign_keys_is_reported()
    {
        Tamper("PRAGMA foreign_keys = OFF; DELETE FROM sentences WHERE id = (SELECT sentence_id FROM claims WHERE id = 2)");

        AssertVerifyReports("foreign_key_check: ", "claim 2: sentence ");
    }

    [Test]
    public void A_claim_deleted_from_a_stored_document_is_reported()
    {
        Tamper("DELETE FROM claims WHERE id = 2");

        AssertVerifyReports("document 1: ");
    }

    [Test]
    public void A_claim_moved_to_another_document_is_reported()
    {
        Tamper("UPDATE claims SET document_id = 2 WHERE id = 2");

        AssertVerifyReports("claim 2: ");
    }

    [Test]
    public void Two_current_revisions_of_one_path_are_reported()
    {
        File.WriteAllText(Folder.File("in/a.txt"), BriefingA.Replace("120", "125", StringComparison.Ordinal));
        Assert.That(Claims.Run("ingest", Folder.File("in/a.txt"), "--db", Db, "--event-date", "2022-01-01").ExitCode, Is.Zero);
        Tamper("UPDATE documents SET superseded_by = NULL");

        AssertVerifyReports($"{Folder.File("in/a.txt")}: 2 current revisions (expected 1)");
    }
}
