using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>`claims reextract` on a shared PostgreSQL ledger: claims replaced in place, fact-checks kept on their figure.</summary>
public class PostgresReextractTests : PostgresFolderTest
{
    [Test]
    public void Reading_again_restores_the_claims_and_keeps_the_fact_check()
    {
        folder.Write("data/metrics.json", """{"metrics":[]}""");
        folder.Write("in/briefing.txt", "Minister Li:\nWe built 120 bridges. We hired 300 engineers.\n");
        var claims = new CliRunner(folder.File("data"));
        Assert.That(claims.Run("ingest", folder.File("in"), "--db", server.Uri, "--event-date", "2022-09-06").ExitCode, Is.Zero);
        Assert.That(claims.Run("check", "2", "--db", server.Uri, "--verdict", "false").ExitCode, Is.Zero);
        using (var connection = server.OpenConnection())
            connection.Execute("UPDATE claims SET metric_phrase = 'an older reading' WHERE id = 1");

        var run = claims.Run("reextract", "--db", server.Uri);

        Assert.That((run.ExitCode, run.Output), Is.EqualTo((0, "documents re-read: 1, kept as they were: 0, failed: 0; claims: 2 (were 2)\n")));
        using var ledger = server.OpenConnection();
        Assert.That(ledger.Query<string>("SELECT metric_phrase FROM claims ORDER BY start").ToList(), Is.EqualTo(new[] { "bridges", "engineers" }));
        Assert.That(ledger.ExecuteScalar<string>("SELECT c.text FROM checks ch JOIN claims c ON c.id = ch.claim_id"), Is.EqualTo("300"));
        Assert.That(ledger.ExecuteScalar<long>("SELECT count(*) FROM documents"), Is.EqualTo(1));
    }
}
