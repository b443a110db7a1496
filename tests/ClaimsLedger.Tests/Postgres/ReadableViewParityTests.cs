using System.Data.Common;
using System.Globalization;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Newsroom;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>The views of migration 0007 and the pairs of `claims conflicts --store` read the same from both back ends.</summary>
public class ReadableViewParityTests : PostgresFolderTest
{
    /// <summary>Every view and the pairs table, in a total order (compared_at, the time of each store, is left out).</summary>
    private static readonly string[] Queries =
    [
        "SELECT * FROM claims_readable ORDER BY claim_id",
        "SELECT * FROM metric_summary ORDER BY metric, subject, unit",
        "SELECT a, b, status, reason FROM claim_pairs ORDER BY a, b",
        "SELECT * FROM compared_pairs ORDER BY a_claim_id, b_claim_id",
        "SELECT * FROM conflicting_pairs ORDER BY a_claim_id, b_claim_id",
    ];


    [Test]
    public void The_views_and_the_stored_pairs_read_the_same_from_SQLite_and_PostgreSQL()
    {
        var file = folder.File("ledger.db");
        var claims = new CliRunner(folder.File("data"));
        foreach (var target in new[] { file, server.Uri })
        {
            using (var ledger = LedgerDatabase.Open(target))
                BridgesLedger.Write(ledger);
            var run = claims.Run("conflicts", "--db", target, "--store");
            Assert.That(run.ExitCode, Is.Zero, run.Error);
        }

        using var sqlite = LedgerDatabase.Open(file, create: false);
        using var postgres = LedgerDatabase.Open(server.Uri, create: false);
        foreach (var query in Queries)
        {
            var fromFile = Rows(sqlite.Connection, query);
            Assert.That(fromFile, Is.Not.Empty, query);
            Assert.That(Rows(postgres.Connection, query), Is.EqualTo(fromFile), query);
        }
        Assert.That(Rows(postgres.Connection, "SELECT a_figure, b_figure, a_sentence FROM conflicting_pairs ORDER BY a_claim_id"), Is.EqualTo(new[]
        {
            "a_figure=120|b_figure=150|a_sentence=🎉 In 2022 we built 120 bridges.",
            "a_figure=150|b_figure=120|a_sentence=In 2022 the country built 150 bridges.",
        }));
    }

    [Test]
    public void A_postgresql_ledger_at_migration_0006_upgrades_in_place_and_its_views_read_its_rows()
    {
        using (var connection = server.OpenConnection())
        {
            new SchemaMigrator(MigrationScript.EmbeddedFor(LedgerDialect.Postgres).Where(s => string.CompareOrdinal(s.Name, "0007") < 0).ToList())
                .Apply(connection, TimeProvider.System);
            connection.Execute("""
                INSERT INTO documents (id, path, file_name, sha256, text, ingested_at, title) VALUES
                    (1, '/a', 'a', repeat('0', 64), '🎉 We built 120 bridges.', '2022-01-01T00:00:00Z', 'Briefing');
                INSERT INTO sentences (id, document_id, start, "end", start_cp, end_cp) VALUES (1, 1, 3, 24, 2, 23);
                INSERT INTO metrics (id, name) VALUES (1, 'bridges');
                INSERT INTO claims (document_id, sentence_id, metric_id, start, "end", text, value, unit, qualifier, metric_phrase, start_cp, end_cp)
                    VALUES (1, 1, 1, 12, 15, '120', 120, 'count', 'exact', 'bridges', 11, 14);
                """);
        }

        using var upgraded = LedgerDatabase.Open(server.Uri, create: false);

        Assert.That(Rows(upgraded.Connection, "SELECT figure, metric, sentence, is_current FROM claims_readable"),
            Is.EqualTo(new[] { "figure=120|metric=bridges|sentence=We built 120 bridges.|is_current=1" }));
        Assert.That(Rows(upgraded.Connection, "SELECT metric, claims, min_value FROM metric_summary"),
            Is.EqualTo(new[] { "metric=bridges|claims=1|min_value=120" }));
    }

    /// <summary>Each row as "column=value|..." but compared_at, values in invariant text (an integer and a whole double print alike).</summary>
    private static List<string> Rows(DbConnection connection, string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "compared_at").Select(i =>
                $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}")));
        }
        return rows;
    }
}
