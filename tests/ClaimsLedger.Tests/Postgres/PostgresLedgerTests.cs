using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>The ledger on a PostgreSQL server: schema, journal, refusals, and the document rules of SQLite.</summary>
public class PostgresLedgerTests
{
    private const string Briefing = "Minister:\nWe built 120 bridges in 2021. Exports reached 3.5 million tonnes.\n";

    private PostgresDatabase database = null!;

    [SetUp]
    public void CreateDatabase() => database = PostgresDatabase.Create();

    [TearDown]
    public void DropDatabase() => database?.Dispose(); // null when SetUp was skipped (no CLAIMS_TEST_PG)

    [Test]
    public void Opening_an_empty_database_applies_every_postgresql_migration_once()
    {
        using (LedgerDatabase.Open(database.Uri)) { }
        using var ledger = LedgerDatabase.Open(database.ConnectionString);

        Assert.That(ledger.Dialect, Is.EqualTo(LedgerDialect.Postgres));
        var journal = ledger.Connection.Query<(string Name, string Sha256)>("SELECT name, sha256 FROM schema_migrations ORDER BY name").ToList();
        var scripts = MigrationScript.EmbeddedFor(LedgerDialect.Postgres);
        Assert.That(journal, Is.EqualTo(scripts.Select(s => (s.Name, s.Sha256)).ToList()));
        Assert.That(SchemaMigrator.For(LedgerDialect.Postgres).Apply(ledger.Connection, TimeProvider.System), Is.Empty);
    }

    [Test]
    public void A_ledger_with_a_newer_schema_is_refused()
    {
        using (var ledger = LedgerDatabase.Open(database.Uri))
            ledger.Connection.Execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future.sql', 'abc', '2030-01-01')");

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(database.Uri));

        Assert.That(error!.Message, Does.Contain("newer schema than this program (unknown migration 9999_from_the_future.sql)"));
    }

    [Test]
    public void An_applied_script_whose_text_changed_is_rejected()
    {
        using (LedgerDatabase.Open(database.Uri)) { }
        var edited = MigrationScript.EmbeddedFor(LedgerDialect.Postgres).Select(s => s with { Sql = s.Sql + "\n-- edited" }).ToList();

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(database.Uri, migrator: new SchemaMigrator(edited)));

        Assert.That(error!.Message, Does.Contain("0001_create_ledger.sql was changed after it was applied"));
    }

    [Test]
    public void A_database_of_another_program_is_refused_and_left_unchanged()
    {
        using (var connection = database.OpenConnection())
            connection.Execute("CREATE TABLE recipes (id integer PRIMARY KEY, name text)");

        var error = Assert.Throws<LedgerException>(() => LedgerDatabase.Open(database.Uri));

        Assert.That(error!.Message, Does.EndWith("not a claims ledger (a PostgreSQL database with tables recipes)"));
        using var check = database.OpenConnection();
        Assert.That(check.Query<string>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"), Is.EqualTo(new[] { "recipes" }));
    }

    [Test]
    public void A_reading_command_on_a_database_without_a_ledger_says_so_and_creates_nothing()
    {
        var result = new CliRunner(Path.Combine(RepositoryPaths.Root, "data")).Run("metrics", "--db", database.Uri);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.StartWith($"{LedgerTarget.Parse(database.Uri).Display}: no claims ledger there"));
        using var check = database.OpenConnection();
        Assert.That(check.ExecuteScalar<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), Is.Zero);
    }

    [Test]
    public void Documents_follow_the_same_rules_as_in_SQLite()
    {
        using var ledger = LedgerDatabase.Open(database.Uri);

        var first = ledger.Documents.Save(TestDocuments.Extracted(Briefing, path: "/a/briefing.txt"));
        var again = ledger.Documents.Save(TestDocuments.Extracted(Briefing, path: "/a/briefing.txt"));
        var copy = ledger.Documents.Save(TestDocuments.Extracted(Briefing, path: "/b/copy.txt"));
        var revised = ledger.Documents.Save(TestDocuments.Extracted("We built 125 bridges in 2021.\n", path: "/a/briefing.txt"));

        Assert.That((first.Status, again.Status, copy.Status, revised.Status),
            Is.EqualTo((SaveStatus.Added, SaveStatus.Unchanged, SaveStatus.Unchanged, SaveStatus.Revised)));
        Assert.That(copy.ExistingPath, Is.EqualTo("/a/briefing.txt"));
        Assert.That(revised.Revision, Is.EqualTo(2));
        Assert.That(ledger.Documents.Get(first.DocumentId)!.SupersededBy, Is.EqualTo(revised.DocumentId));
        Assert.That(ledger.Claims.Query("BRIDGES").Select(c => c.Claim.Value), Is.EqualTo(new[] { 125.0 }));
        Assert.That(ledger.Claims.Query("bridges", includeSuperseded: true), Has.Count.EqualTo(2));
        Assert.That(ledger.Documents.Count(), Is.EqualTo((2L, 1L)));
        Assert.That(LedgerVerifier.Verify(ledger).Problems, Is.Empty);
    }

    [Test]
    public void Verify_finds_a_claim_whose_text_no_longer_matches_its_offsets()
    {
        using var ledger = LedgerDatabase.Open(database.Uri);
        ledger.Documents.Save(TestDocuments.Extracted(Briefing));
        ledger.Connection.Execute("UPDATE claims SET text = '121' WHERE text = '120'");

        var report = LedgerVerifier.Verify(ledger);

        Assert.That(report.Problems, Has.Count.EqualTo(1));
        Assert.That(report.Problems[0], Does.Contain("text \"121\" but document"));
    }

    [Test]
    public void Metric_names_differing_only_in_case_are_one_metric_and_aliases_find_it()
    {
        using var ledger = LedgerDatabase.Open(database.Uri);
        ledger.Metrics.ImportCatalogue(Path.Combine(RepositoryPaths.Root, "data", "metrics.json"));
        ledger.Documents.Save(TestDocuments.Extracted("We built 120 bridges in 2021.\n", path: "/a.txt"));
        var upper = TestDocuments.Extracted("We built 130 bridges in 2022.\n", path: "/b.txt");
        ledger.Documents.Save(upper with { Claims = upper.Claims.Select(c => c with { Metric = "Bridges" }).ToList() });

        Assert.That(ledger.Connection.ExecuteScalar<long>("SELECT count(*) FROM metrics"), Is.EqualTo(1));
        Assert.That(ledger.Claims.Metrics().Select(m => (m.Name, m.Claims)), Is.EqualTo(new[] { ("bridges", 2) }));
        Assert.That(ledger.Claims.Query("bRiDgEs"), Has.Count.EqualTo(2));
    }
}
