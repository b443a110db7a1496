using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// A --db file that is not a ledger, is damaged, or is from a newer program: every command refuses it with one line
/// naming the file, exits non-zero, and leaves every byte of it as it was.
/// </summary>
public class CorruptLedgerTests
{
    private static readonly string[][] Commands =
    [
        ["ingest", "IN"],
        ["verify"],
        ["query", "--metric", "bridges"],
        ["metrics"],
        ["export", "--format", "csv"],
        ["show", "1"],
        ["conflicts"],
    ];

    private TempFolder folder = null!;
    private string good = null!;

    [SetUp]
    public void CreateGoodLedger()
    {
        folder = new TempFolder();
        good = folder.File("good.db");
        folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n");
        folder.Write("in/b.txt", "Briefing B\nWe built 150 bridges.\n");
        var claims = new CliRunner(folder.File("data"));
        Assert.That(claims.Run("ingest", folder.File("in"), "--db", good, "--event-date", "2022-01-01").ExitCode, Is.Zero);
        using var connection = LedgerContents.OpenRaw(good);
        connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    [TearDown]
    public void Delete() => folder.Dispose();

    /// <summary>Runs every command on <paramref name="db"/>; each must fail in one line naming it and leave the file as it was.</summary>
    private void AssertEveryCommandRefuses(string db, string problem, bool withCatalogue = false)
    {
        var dataFolder = folder.File(withCatalogue ? "catalogue-data" : "data");
        if (withCatalogue)
            folder.Write("catalogue-data/metrics.json", """{"metrics":[{"name":"bridges","unit":"count","aliases":["river crossings"]}]}""");
        var claims = new CliRunner(dataFolder);
        var before = LedgerContents.FileHash(db);
        foreach (var command in Commands)
        {
            string[] args = [.. command.Select(a => a == "IN" ? folder.File("in") : a), "--db", db];
            var result = claims.Run(args);

            var what = $"claims {string.Join(' ', command)} on {problem}";
            Assert.That(result.ExitCode, Is.Not.Zero, what);
            Assert.That(result.Error, Does.Contain($"{db}: ").And.Contain(problem), what);
            Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain("\n"), what + ": one line, no stack trace");
            Assert.That(LedgerContents.FileHash(db), Is.EqualTo(before), what + ": the file must not change");
        }
    }

    [Test]
    public void A_text_file_is_refused_by_every_command_and_left_unchanged()
    {
        var db = folder.Write("notes.db", "These are my notes, not a ledger.\n");

        AssertEveryCommandRefuses(db, "not a claims ledger");
    }

    [Test]
    public void A_truncated_ledger_is_refused_by_every_command_and_left_unchanged()
    {
        var db = folder.File("truncated.db");
        var bytes = File.ReadAllBytes(good);
        File.WriteAllBytes(db, bytes[..(bytes.Length / 2)]);

        AssertEveryCommandRefuses(db, "malformed");
    }

    [Test]
    public void Random_bytes_behind_an_SQLite_header_are_refused_by_every_command_and_left_unchanged()
    {
        var db = folder.File("random.db");
        var bytes = new byte[8 * 4096];
        new Random(6).NextBytes(bytes);
        "SQLite format 3\0"u8.CopyTo(bytes);
        File.WriteAllBytes(db, bytes);

        AssertEveryCommandRefuses(db, "cannot open the ledger");
    }

    [Test]
    public void A_ledger_from_a_newer_schema_is_refused_by_every_command_and_left_unchanged()
    {
        using (var connection = LedgerContents.OpenRaw(good))
        {
            connection.Execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future.sql', 'abc', '2030-01-01')");
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        AssertEveryCommandRefuses(good, "newer schema than this program");
    }

    [Test]
    public void An_SQLite_database_of_another_program_is_refused_by_every_command_and_left_unchanged()
    {
        var db = folder.File("recipes.db");
        using (var connection = LedgerContents.OpenRaw(db))
            connection.Execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");

        AssertEveryCommandRefuses(db, "not a claims ledger (an SQLite database with tables recipes)");
    }

    [Test]
    public void A_ledger_with_damaged_data_pages_is_refused_in_one_line_by_every_command_and_left_unchanged()
    {
        var db = DamageDataPages();

        AssertEveryCommandRefuses(db, "malformed", withCatalogue: true);
    }

    [Test]
    public void Verify_reports_damaged_data_pages_as_a_problem_instead_of_crashing()
    {
        var db = DamageDataPages();
        var before = LedgerContents.FileHash(db);

        var result = new CliRunner(folder.File("data")).Run("verify", "--db", db);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output + result.Error, Does.Contain("malformed").And.Not.Contain("   at "));
        Assert.That(LedgerContents.FileHash(db), Is.EqualTo(before));
    }

    /// <summary>
    /// A copy of the good ledger with random bytes over every page from the fourth on: the schema (page 1) and
    /// schema_migrations (pages 2 and 3, created first) stay readable, so it opens, but documents, claims and the rest are damaged.
    /// </summary>
    private string DamageDataPages()
    {
        var db = folder.File("damaged.db");
        var bytes = File.ReadAllBytes(good);
        using (var connection = LedgerContents.OpenRaw(good))
            Assert.That(connection.ExecuteScalar<long>("SELECT max(rootpage) FROM sqlite_master WHERE name LIKE '%schema_migrations%'"), Is.LessThanOrEqualTo(3));
        new Random(6).NextBytes(bytes.AsSpan(3 * 4096));
        File.WriteAllBytes(db, bytes);
        return db;
    }
}
