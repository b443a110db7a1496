using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>
/// The ledger read with SQL alone (migration 0007): claims_readable, metric_summary and the pairs `claims conflicts --store`
/// keeps in claim_pairs, read back through compared_pairs and conflicting_pairs.
/// </summary>
public class ReadableViewTests : CliLedgerTest
{
    [SetUp]
    public void WriteLedger()
    {
        using var ledger = LedgerDatabase.Open(Db);
        BridgesLedger.Write(ledger);
    }

    [Test]
    public void Claims_readable_gives_each_claim_with_its_document_and_its_sentence_as_text()
    {
        using var connection = LedgerContents.OpenRaw(Db);
        var rows = connection.Query<(long ClaimId, string Figure, double Value, string Metric, string Subject, string? Speaker, string Source,
            string Title, string Url, string Sentence, long IsCurrent)>("""
            SELECT claim_id, figure, value, metric, subject, speaker, source, title, url, sentence, is_current
            FROM claims_readable ORDER BY claim_id
            """).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            (1L, "120", 120.0, "bridges", "Ruritania", (string?)"Minister Li", "Ministry", "Bridges briefing", "https://example.org/ministry.txt",
                "🎉 In 2022 we built 120 bridges.", 1L),
            (2L, "150", 150.0, "bridges", "Ruritania", null, "Daily Paper", "Daily paper", "https://example.org/paper.txt",
                "In 2022 the country built 150 bridges.", 1L),
            (3L, "120", 120.0, "bridges", "Ruritania", null, "Agency", "Agency note", "https://example.org/agency.txt",
                "In 2022 the agency counted 120 bridges and 300 tunnels.", 1L),
            (4L, "300", 300.0, "tunnels", "Ruritania", null, "Agency", "Agency note", "https://example.org/agency.txt",
                "In 2022 the agency counted 120 bridges and 300 tunnels.", 1L),
        }));
        var figureByOffsets = connection.Query<string>("""
            SELECT substr(d.text, r.start_cp + 1, r.end_cp - r.start_cp) FROM claims_readable r JOIN documents d ON d.id = r.document_id
            ORDER BY r.claim_id
            """);
        Assert.That(figureByOffsets, Is.EqualTo(new[] { "120", "150", "120", "300" }), "the code point offsets land on the figure after the emoji");
    }

    [Test]
    public void Metric_summary_counts_each_metric_and_subject_over_current_documents_only()
    {
        using (var ledger = LedgerDatabase.Open(Db)) // the paper corrects itself: its first revision is superseded
            BridgesLedger.Save(ledger, "paper.txt", "Daily Paper", "Daily paper\nIn 2022 the country built 125 bridges.\n", null, ("125", "bridges"));

        using var connection = LedgerContents.OpenRaw(Db);
        var summary = connection.Query<(string Metric, string Subject, string Unit, long Claims, long Documents, long Periods, double Min, double Max,
            string First, string Last)>("""
            SELECT metric, subject, unit, claims, documents, periods, min_value, max_value, first_period_start, last_period_end
            FROM metric_summary ORDER BY metric
            """).ToList();

        Assert.That(summary, Is.EqualTo(new[]
        {
            ("bridges", "Ruritania", "count", 3L, 3L, 1L, 120.0, 125.0, "2022-01-01", "2022-12-31"),
            ("tunnels", "Ruritania", "count", 1L, 1L, 1L, 300.0, 300.0, "2022-01-01", "2022-12-31"),
        }));
        Assert.That(connection.Query<(string, long)>("SELECT figure, is_current FROM claims_readable WHERE document_id = 2"),
            Is.EqualTo(new[] { ("150", 0L) }), "the superseded revision stays readable, marked as not current");
    }

    [Test]
    public void Conflicts_store_writes_the_compared_pairs_and_the_views_read_them_with_both_claims()
    {
        var run = Claims.Run("conflicts", "--db", Db, "--store");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Error, Does.Contain("3 pairs stored in claim_pairs"));
        using var connection = LedgerContents.OpenRaw(Db);
        Assert.That(connection.Query<(long, long, string)>("SELECT a, b, status FROM claim_pairs ORDER BY a, b"),
            Is.EqualTo(new[] { (1L, 2L, "conflict"), (1L, 3L, "same"), (2L, 3L, "conflict") }));
        Assert.That(connection.Query<string>("SELECT reason FROM claim_pairs ORDER BY a, b"), Has.All.Contains("#"),
            "each pair keeps the reason the report gives");
        Assert.That(connection.ExecuteScalar<long>("SELECT count(DISTINCT compared_at) FROM claim_pairs"), Is.EqualTo(1));

        var conflicts = connection.Query<(long A, long B, string Metric, string AFigure, string BFigure, string ASource, string BSentence)>("""
            SELECT a_claim_id, b_claim_id, metric, a_figure, b_figure, a_source, b_sentence FROM conflicting_pairs ORDER BY a_claim_id, b_claim_id
            """).ToList();
        Assert.That(conflicts, Is.EqualTo(new[]
        {
            (1L, 2L, "bridges", "120", "150", "Ministry", "In 2022 the country built 150 bridges."),
            (2L, 3L, "bridges", "150", "120", "Daily Paper", "In 2022 the agency counted 120 bridges and 300 tunnels."),
        }));
        Assert.That(connection.Query<(string, long)>("SELECT status, count(*) FROM compared_pairs GROUP BY status ORDER BY status"),
            Is.EqualTo(new[] { ("conflict", 2L), ("same", 1L) }));
    }

    [Test]
    public void A_second_store_replaces_the_pairs_stored_before()
    {
        Assert.That(Claims.Run("conflicts", "--db", Db, "--store").ExitCode, Is.Zero);

        var second = Claims.Run("conflicts", "--db", Db, "--store", "--status", "same");

        Assert.That(second.ExitCode, Is.Zero, second.Error);
        using var connection = LedgerContents.OpenRaw(Db);
        Assert.That(connection.Query<(long, long, string)>("SELECT a, b, status FROM claim_pairs ORDER BY a, b"),
            Is.EqualTo(new[] { (1L, 3L, "same") }));
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM conflicting_pairs"), Is.Zero);
    }

    [Test]
    public void A_store_that_fails_part_way_leaves_the_pairs_stored_before()
    {
        Assert.That(Claims.Run("conflicts", "--db", Db, "--store", "--status", "conflict").ExitCode, Is.Zero);
        using (var connection = LedgerContents.OpenRaw(Db)) // the second store's last row is refused, after its first was written
            connection.Execute("CREATE TRIGGER refuse_same BEFORE INSERT ON claim_pairs WHEN NEW.status = 'same' BEGIN SELECT RAISE(ABORT, 'no same pairs'); END");

        var failed = Claims.Run("conflicts", "--db", Db, "--store");

        Assert.That(failed.ExitCode, Is.EqualTo(2));
        Assert.That(failed.Error.Trim(), Does.StartWith("claims conflicts --store: ").And.Contain("no same pairs").And.Not.Contain("\n"));
        Assert.That(failed.Output, Is.Empty, "no report when its pairs could not be stored");
        using var after = LedgerContents.OpenRaw(Db);
        Assert.That(after.Query<(long, long, string)>("SELECT a, b, status FROM claim_pairs ORDER BY a, b"),
            Is.EqualTo(new[] { (1L, 2L, "conflict"), (2L, 3L, "conflict") }));
    }

    [Test]
    public void A_ledger_at_migration_0006_upgrades_in_place_and_its_views_read_its_rows()
    {
        var old = Folder.File("old.db");
        using (var connection = LedgerContents.OpenRaw(old))
        {
            new SchemaMigrator(MigrationScript.Embedded.Where(s => string.CompareOrdinal(s.Name, "0007") < 0).ToList())
                .Apply(connection, TimeProvider.System);
            connection.Execute("""
                INSERT INTO documents (id, path, file_name, sha256, text, ingested_at, title, source) VALUES
                    (1, '/a', 'a', printf('%064d', 1), 'We built 120 bridges. We hired 300 engineers.', '2022-01-01T00:00:00Z', 'Briefing', 'Ministry');
                INSERT INTO sentences (id, document_id, start, "end", start_cp, end_cp) VALUES (1, 1, 0, 21, 0, 21), (2, 1, 22, 45, 22, 45);
                INSERT INTO metrics (id, name) VALUES (1, 'bridges'), (2, 'engineers');
                INSERT INTO claims (document_id, sentence_id, metric_id, start, "end", text, value, unit, qualifier, metric_phrase, start_cp, end_cp) VALUES
                    (1, 1, 1, 9, 12, '120', 120, 'count', 'exact', 'bridges', 9, 12),
                    (1, 2, 2, 31, 34, '300', 300, 'count', 'exact', 'engineers', 31, 34);
                INSERT INTO claim_pairs (a, b, status, reason, compared_at) VALUES (1, 2, 'conflict', 'made up', '2022-01-02T00:00:00Z');
                """);
            Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'view'"), Is.Zero);
        }

        LedgerDatabase.Open(old, create: false).Dispose();

        using var upgraded = LedgerContents.OpenRaw(old);
        Assert.That(upgraded.Query<string>("SELECT name FROM schema_migrations ORDER BY name"), Does.Contain("0007_create_readable_views.sql"));
        Assert.That(upgraded.Query<(string, string, string)>("SELECT figure, metric, sentence FROM claims_readable ORDER BY claim_id"),
            Is.EqualTo(new[] { ("120", "bridges", "We built 120 bridges."), ("300", "engineers", "We hired 300 engineers.") }));
        Assert.That(upgraded.Query<(string, string)>("SELECT a_sentence, reason FROM conflicting_pairs"),
            Is.EqualTo(new[] { ("We built 120 bridges.", "made up") }));
        Assert.That(upgraded.ExecuteScalar<long>("SELECT sum(claims) FROM metric_summary"), Is.EqualTo(2));
    }
}
