using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Ledgers whose rows were edited into values the readers cannot parse (a date that is no date, text in a REAL column, an
/// unknown qualifier, a deleted claim with its count nulled): `verify` names each field, and every reader ends in one
/// line naming the claim or document instead of a stack trace.
/// </summary>
public class UnreadableFieldTests : CliLedgerTest
{
    private static readonly string[][] Readers =
    [
        ["query", "--metric", "bridges"], ["show", "1"], ["export", "--format", "jsonl"], ["export", "--format", "csv"],
        ["conflicts"], ["compare", "--metric", "bridges"],
    ];

    [SetUp]
    public void IngestTwoDocuments()
    {
        Folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n");
        Folder.Write("in/b.txt", "Briefing B\nWe built 150 bridges.\n");
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-01-01").ExitCode, Is.Zero);
    }

    /// <summary>Edits the ledger as a hostile user with sqlite3 could: CHECK constraints off.</summary>
    private void Tamper(string sql)
    {
        using var connection = LedgerContents.OpenRaw(Db);
        connection.Execute("PRAGMA ignore_check_constraints = ON");
        connection.Execute(sql);
    }

    private static IEnumerable<TestCaseData> Tamperings()
    {
        yield return Case("a period start that is no date", "UPDATE claims SET period_start = '20x2-13-45' WHERE id = 1",
            "claim 1: stored period_start '20x2-13-45' is not a date (YYYY-MM-DD)");
        yield return Case("an event date that is a word", "UPDATE documents SET event_date = 'yesterday' WHERE id = 1",
            "document 1: stored event_date 'yesterday' is not a date (YYYY-MM-DD)");
        yield return Case("text in the REAL value column", "UPDATE claims SET value = 'lots' WHERE id = 1",
            "claim 1: stored value 'lots' is not a number");
        yield return Case("text in the REAL bound column", "UPDATE claims SET high = 'sky' WHERE id = 1",
            "claim 1: stored high 'sky' is not a number");
        yield return Case("an unknown qualifier", "UPDATE claims SET qualifier = 'roughly' WHERE id = 1",
            "claim 1: stored qualifier 'roughly' is not a qualifier name");
    }

    private static TestCaseData Case(string name, string sql, string problem) => new TestCaseData(sql, problem).SetName($"Unreadable field: {name}");

    [TestCaseSource(nameof(Tamperings))]
    public void Verify_names_the_field_and_every_reader_ends_in_one_line_naming_the_row(string sql, string problem)
    {
        Tamper(sql);

        var verify = Claims.Run("verify", "--db", Db);
        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Output);
        Assert.That(verify.Output, Does.Contain("problem: " + problem));

        foreach (var reader in Readers)
        {
            var result = Claims.Run([.. reader, "--db", Db]);
            var what = string.Join(' ', reader);
            Assert.That(result.ExitCode, Is.EqualTo(2), what + ": " + result.Output);
            Assert.That(result.Error.TrimEnd('\n').Split('\n').Last(), Does.Contain(problem), what);
            Assert.That(result.Error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), what);
        }
    }

    [Test]
    public void A_deleted_claim_with_its_document_count_nulled_fails_verify()
    {
        Tamper("DELETE FROM claims WHERE id = 2; UPDATE documents SET claim_count = NULL WHERE id = 1");

        var verify = Claims.Run("verify", "--db", Db);

        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Output);
        Assert.That(verify.Output, Does.Contain("problem: document 1: its stored sentence or claim count is NULL"));
    }
}
