using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>What --db names: a file, a PostgreSQL URI or key=value pairs; messages never show a password.</summary>
public class LedgerTargetTests
{
    [TestCase("claims.db")]
    [TestCase("/tmp/a=b.db")]
    [TestCase(":memory:")]
    public void A_path_is_an_SQLite_ledger(string path)
    {
        var target = LedgerTarget.Parse(path);

        Assert.That((target.Dialect, target.ConnectionString, target.Display), Is.EqualTo((LedgerDialect.Sqlite, path, path)));
    }

    [Test]
    public void A_uri_names_a_server_and_its_password_stays_out_of_the_name()
    {
        var target = LedgerTarget.Parse("postgresql://desk:s%40cret@db.example:6543/ledger?sslmode=disable");

        Assert.That(target.Dialect, Is.EqualTo(LedgerDialect.Postgres));
        Assert.That(target.Display, Is.EqualTo("postgresql://desk@db.example:6543/ledger"));
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.That((builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode),
            Is.EqualTo(("db.example", 6543, "ledger", "desk", "s@cret", Npgsql.SslMode.Disable)));
    }

    [Test]
    public void Key_value_pairs_name_a_server()
    {
        var target = LedgerTarget.Parse("Host=localhost;Database=ledger;Username=desk;Password=x");

        Assert.That((target.Dialect, target.Display), Is.EqualTo((LedgerDialect.Postgres, "postgresql://desk@localhost:5432/ledger")));
    }

    [Test]
    public void CLAIMS_DB_names_the_ledger_when_no_db_is_given()
    {
        using var folder = new TempFolder();
        var ledger = folder.File("from-environment.db");
        folder.Write("in/a.txt", "We built 120 bridges in 2021.\n");
        var claims = new CliRunner(Path.Combine(RepositoryPaths.Root, "data"));
        var before = Environment.GetEnvironmentVariable("CLAIMS_DB");
        Environment.SetEnvironmentVariable("CLAIMS_DB", ledger);
        try
        {
            Assert.That(claims.Run("ingest", folder.File("in")).ExitCode, Is.Zero);
            Assert.That(claims.Run("query", "--metric", "bridges").Output, Does.StartWith("bridges: 1 claim"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CLAIMS_DB", before);
        }
        Assert.That(File.Exists(ledger), Is.True);
        Assert.That(claims.Run("query", "--metric", "bridges", "--db", ledger).Output, Does.StartWith("bridges: 1 claim"));
    }

    [Test]
    public void A_uri_without_a_host_is_a_one_line_error()
    {
        var error = Assert.Throws<LedgerException>(() => LedgerTarget.Parse("postgresql:///ledger"));

        Assert.That(error!.Message, Does.Contain("not a PostgreSQL URI like postgresql://user@host:5432/ledger"));
    }
}
