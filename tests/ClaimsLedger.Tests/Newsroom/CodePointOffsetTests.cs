using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>Code point offsets beside the UTF-16 ones: SQLite's substr lands on the figure after a character outside the BMP.</summary>
public class CodePointOffsetTests : CliLedgerTest
{
    [Test]
    public void Substr_over_code_point_offsets_gives_the_figure_and_the_sentence_after_an_emoji()
    {
        Folder.Write("in/a.txt", "Briefing 🎉\nWe built 120 bridges 🌉 and 𝕏 300 tunnels.\n");
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-01-01").ExitCode, Is.Zero);

        using var connection = LedgerContents.OpenRaw(Db);
        var rows = connection.Query<(string Text, string AtCodePoints, string Sentence)>("""
            SELECT c.text, substr(d.text, c.start_cp + 1, c.end_cp - c.start_cp),
                   substr(d.text, s.start_cp + 1, s.end_cp - s.start_cp)
            FROM claims c JOIN documents d ON d.id = c.document_id JOIN sentences s ON s.id = c.sentence_id ORDER BY c.id
            """).ToList();

        Assert.That(rows.Select(r => r.AtCodePoints), Is.EqualTo(new[] { "120", "300" }));
        Assert.That(rows.Select(r => r.Text), Is.EqualTo(new[] { "120", "300" }));
        Assert.That(rows[0].Sentence, Is.EqualTo("We built 120 bridges 🌉 and 𝕏 300 tunnels."));
        Assert.That(Claims.Run("verify", "--db", Db).ExitCode, Is.Zero);
    }

    [Test]
    public void Verify_reports_code_point_offsets_that_do_not_match()
    {
        Folder.Write("in/a.txt", "Briefing 🎉\nWe built 120 bridges.\n");
        Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-01-01");
        using (var connection = LedgerContents.OpenRaw(Db))
            connection.Execute("UPDATE claims SET start_cp = start, end_cp = \"end\"");

        var verify = Claims.Run("verify", "--db", Db);

        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.Output, Does.Contain("claim 1: code point offsets [21, 24) but [21, 24) in UTF-16 is [20, 23)"));
    }

    [Test]
    public void Code_point_offsets_count_a_surrogate_pair_once()
    {
        const string Text = "a🎉b𝕏c";
        var offsets = new CodePointOffsets(Text);
        // UTF-16: a=0, 🎉=1-2, b=3, 𝕏=4-5, c=6; code points: a=0, 🎉=1, b=2, 𝕏=3, c=4.
        Assert.That(new[] { 0, 1, 3, 4, 6, 7 }.Select(offsets.Of), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
        Assert.That(new CodePointOffsets("plain").Of(4), Is.EqualTo(4));
    }

    [Test]
    public void A_ledger_from_before_the_migration_gets_code_point_offsets_where_its_text_is_all_in_the_bmp()
    {
        using (var connection = LedgerContents.OpenRaw(Db))
        {
            new SchemaMigrator(MigrationScript.Embedded.Where(s => string.CompareOrdinal(s.Name, "0006") < 0).ToList())
                .Apply(connection, TimeProvider.System);
            connection.Execute("""
                INSERT INTO documents (id, path, file_name, sha256, text, ingested_at) VALUES
                    (1, '/a', 'a', printf('%064d', 1), 'We built 120 bridges.', '2022-01-01T00:00:00Z'),
                    (2, '/b', 'b', printf('%064d', 2), '🎉 We built 150 bridges.', '2022-01-01T00:00:00Z');
                INSERT INTO sentences (id, document_id, start, "end") VALUES (1, 1, 0, 21), (2, 2, 3, 24);
                INSERT INTO metrics (id, name) VALUES (1, 'bridges');
                INSERT INTO claims (document_id, sentence_id, metric_id, start, "end", text, value, unit, qualifier, metric_phrase) VALUES
                    (1, 1, 1, 9, 12, '120', 120, 'count', 'exact', 'bridges'),
                    (2, 2, 1, 12, 15, '150', 150, 'count', 'exact', 'bridges');
                """);
        }
        LedgerDatabase.Open(Db).Dispose();

        using var upgraded = LedgerContents.OpenRaw(Db);
        var offsets = upgraded.Query<(long? Start, long? End)>("SELECT start_cp, end_cp FROM claims ORDER BY id").ToList();
        Assert.That(offsets, Is.EqualTo(new (long?, long?)[] { (9, 12), (null, null) }));
    }
}
