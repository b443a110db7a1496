using System.Security.Cryptography;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Tests.Ledger;

public class SchemaMigratorTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Opening_a_new_file_applies_every_migration_once()
    {
        var path = folder.File("ledger.db");
        using (LedgerDatabase.Open(path)) { }
        using var ledger = LedgerDatabase.Open(path);

        var journal = ledger.Connection.Query<string>("SELECT name FROM schema_migrations ORDER BY name").ToList();
        Assert.That(journal, Is.EqualTo(MigrationScript.Embedded.Select(s => s.Name).ToList()));
        Assert.That(journal, Does.Contain("0001_create_ledger.sql"));
        Assert.That(SchemaMigrator.Default.Apply(ledger.Connection, TimeProvider.System), Is.Empty);
    }

    [Test]
    public void Opened_ledger_has_foreign_keys_on_and_write_ahead_logging()
    {
        using var ledger = LedgerDatabase.Open(folder.File("ledger.db"));

        Assert.That(ledger.Connection.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
        Assert.That(ledger.Connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
    }

    [Test]
    public void An_applied_script_whose_text_changed_is_rejected()
    {
        var path = folder.File("ledger.db");
        using (LedgerDatabase.Open(path)) { }
        var edited = MigrationScript.Embedded.Select(s => s with { Sql = s.Sql + "\n-- edited" }).ToList();

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(path, migrator: new SchemaMigrator(edited)));

        Assert.That(error!.Message, Does.Contain("0001_create_ledger.sql was changed after it was applied"));
    }

    [Test]
    public void A_ledger_with_a_newer_schema_is_refused_and_left_unchanged()
    {
        var path = folder.File("ledger.db");
        using (var ledger = LedgerDatabase.Open(path))
        {
            ledger.Connection.Execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future.sql', 'abc', '2030-01-01')");
            ledger.Connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        var before = Fingerprint(path);

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(path));

        Assert.That(error!.Message, Does.Contain("newer schema than this program (unknown migration 9999_from_the_future.sql)"));
        Assert.That(Fingerprint(path), Is.EqualTo(before));
    }

    [Test]
    public void A_file_that_is_not_an_SQLite_database_is_refused_and_left_unchanged()
    {
        var path = folder.Write("notes.db", "These are my notes, not a ledger.\n");
        var before = Fingerprint(path);

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(path));

        Assert.That(error!.Message, Is.EqualTo($"{path}: not a claims ledger (not an SQLite database)"));
        Assert.That(Fingerprint(path), Is.EqualTo(before));
    }

    [Test]
    public void An_SQLite_database_of_another_program_is_refused_and_left_unchanged()
    {
        var path = folder.File("other.db");
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            other.Execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }
        var before = Fingerprint(path);

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(path));

        Assert.That(error!.Message, Is.EqualTo($"{path}: not a claims ledger (an SQLite database with tables recipes)"));
        Assert.That(Fingerprint(path), Is.EqualTo(before));
        Assert.That(File.Exists(path + "-wal"), Is.False);
    }

    [Test]
    public void A_ledger_path_in_a_missing_folder_is_a_clear_error()
    {
        var path = folder.File("no/such/folder/ledger.db");

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(path));

        Assert.That(error!.Message, Does.StartWith($"{path}: folder "));
    }

    private static string Fingerprint(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Test]
    public void A_ledger_of_the_first_schema_upgrades_in_place_and_still_verifies()
    {
        // Given a ledger written by the first schema only, holding one document with one claim
        var path = folder.File("ledger.db");
        const string Text = "Exports reached 3.4 trillion yuan.";
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            new SchemaMigrator(MigrationScript.Embedded.Take(1).ToList()).Apply(connection, TimeProvider.System);
            connection.Execute("""
                INSERT INTO documents (id, path, file_name, sha256, text, ingested_at) VALUES (1, '/a.txt', 'a.txt', @Sha, @Text, '2024-01-01T00:00:00Z');
                INSERT INTO sentences (id, document_id, start, "end") VALUES (1, 1, 0, 34);
                INSERT INTO metrics (id, name) VALUES (1, 'exports');
                INSERT INTO claims (document_id, sentence_id, metric_id, start, "end", text, value, unit, qualifier, metric_phrase)
                VALUES (1, 1, 1, 16, 33, '3.4 trillion yuan', 3.4e12, 'CNY', 'exact', 'exports');
                """, new { Sha = ContentHash.Of(Text), Text });
        }

        // When the current program opens it
        using var ledger = LedgerDatabase.Open(path);

        // Expect every later migration applied, the new columns filled from the old rows, and a clean verify
        var journal = ledger.Connection.Query<string>("SELECT name FROM schema_migrations ORDER BY name").ToList();
        Assert.That(journal, Is.EqualTo(MigrationScript.Embedded.Select(m => m.Name).ToList()));
        Assert.That(ledger.Connection.QuerySingle<(long, long)>("SELECT sentence_count, claim_count FROM documents"), Is.EqualTo((1L, 1L)));
        Assert.That(ledger.Connection.QuerySingle<(long, long)>("SELECT sentence_start, sentence_end FROM claims"), Is.EqualTo((0L, 34L)));
        Assert.That(LedgerVerifier.Verify(ledger).Problems, Is.Empty);
    }
}
