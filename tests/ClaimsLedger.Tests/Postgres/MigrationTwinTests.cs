using ClaimsLedger.Ledger;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>One schema, two dialects: every SQLite migration has its PostgreSQL twin of the same name, and no other.</summary>
public class MigrationTwinTests
{
    [Test]
    public void Every_migration_has_a_postgresql_twin_of_the_same_name()
    {
        var sqlite = MigrationScript.EmbeddedFor(LedgerDialect.Sqlite).Select(s => s.Name).ToList();
        var postgres = MigrationScript.EmbeddedFor(LedgerDialect.Postgres).Select(s => s.Name).ToList();

        Assert.That(sqlite, Is.Not.Empty);
        Assert.That(postgres, Is.EqualTo(sqlite), "add migrations/postgresql/NNNN_*.sql beside each migrations/NNNN_*.sql");
    }

    [Test]
    public void A_postgresql_twin_uses_none_of_SQLite_s_own_spellings()
    {
        foreach (var script in MigrationScript.EmbeddedFor(LedgerDialect.Postgres))
        {
            var sql = string.Join('\n', script.Sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--")));
            Assert.That(sql, Does.Not.Contain("COLLATE NOCASE").And.Not.Contain("AUTOINCREMENT").And.Not.Contain("PRAGMA"), script.Name);
            Assert.That(sql, Does.Not.Match(@"\bINTEGER PRIMARY KEY\b"), script.Name + ": ids are BIGINT identities");
        }
    }
}
