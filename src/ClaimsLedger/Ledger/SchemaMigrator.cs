using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Brings a ledger to the schema of this program: applies pending scripts in name order, each in its own transaction,
/// journaled in schema_migrations. <see cref="Check"/> reads only, so a file we must refuse is never written.
/// </summary>
public sealed class SchemaMigrator(IReadOnlyList<MigrationScript> scripts)
{
    public static SchemaMigrator Default { get; } = new(MigrationScript.Embedded);

    private sealed record AppliedRow(string Name, string Sha256);

    /// <summary>Throws <see cref="LedgerException"/> when the database is not a ledger, has a newer schema, or an applied script changed.</summary>
    public void Check(SqliteConnection connection, string ledgerName)
    {
        const string TablesSql = """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
            """;
        var tables = connection.Query<string>(TablesSql).ToList();
        if (tables.Count == 0)
            return;
        if (!tables.Contains("schema_migrations"))
            throw new LedgerException($"{ledgerName}: not a claims ledger (an SQLite database with tables {string.Join(", ", tables.Take(5))})");

        const string AppliedSql = "SELECT name AS Name, sha256 AS Sha256 FROM schema_migrations ORDER BY name";
        var known = scripts.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var applied in connection.Query<AppliedRow>(AppliedSql))
        {
            if (!known.TryGetValue(applied.Name, out var script))
                throw new LedgerException(
                    $"{ledgerName}: the ledger has a newer schema than this program (unknown migration {applied.Name}); use a newer claims");
            if (!string.Equals(script.Sha256, applied.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new LedgerException(
                    $"{ledgerName}: migration {applied.Name} was changed after it was applied (sha256 {script.Sha256} here, {applied.Sha256} in the ledger)");
        }
    }

    /// <summary>Applies the scripts not yet journaled; returns their names. Safe against a concurrent migrator.</summary>
    public IReadOnlyList<string> Apply(SqliteConnection connection, TimeProvider clock)
    {
        const string CreateJournalSql = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                name        TEXT PRIMARY KEY,
                sha256      TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            )
            """;
        const string IsAppliedSql = "SELECT count(*) FROM schema_migrations WHERE name = @Name";
        const string JournalSql = "INSERT INTO schema_migrations (name, sha256, applied_at) VALUES (@Name, @Sha256, @AppliedAt)";

        var applied = new List<string>();
        foreach (var script in scripts)
        {
            // BEGIN IMMEDIATE: a second process opening a fresh ledger waits here, then sees the script applied.
            using var transaction = connection.BeginTransaction(deferred: false);
            connection.Execute(CreateJournalSql, transaction: transaction);
            if (connection.ExecuteScalar<long>(IsAppliedSql, new { script.Name }, transaction) > 0)
                continue;
            try
            {
                connection.Execute(script.Sql, transaction: transaction);
            }
            catch (SqliteException e)
            {
                throw new LedgerException($"migration {script.Name} failed: {e.Message}", e);
            }
            connection.Execute(JournalSql, new { script.Name, script.Sha256, AppliedAt = IsoTime.Format(clock.GetUtcNow()) }, transaction);
            transaction.Commit();
            applied.Add(script.Name);
        }
        return applied;
    }
}
