using System.Data.Common;
using Dapper;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Brings a ledger to the schema of this program: applies pending scripts in name order, each in its own transaction,
/// journaled in schema_migrations. <see cref="Check"/> reads only, so a database we must refuse is never written.
/// Each dialect has its own scripts of the same names (<see cref="MigrationScript.EmbeddedFor"/>).
/// </summary>
public sealed class SchemaMigrator(IReadOnlyList<MigrationScript> scripts)
{
    private static readonly SchemaMigrator PostgresDefault = new(MigrationScript.EmbeddedFor(LedgerDialect.Postgres));

    /// <summary>The SQLite migrator.</summary>
    public static SchemaMigrator Default { get; } = new(MigrationScript.Embedded);

    public static SchemaMigrator For(LedgerDialect dialect) => dialect == LedgerDialect.Postgres ? PostgresDefault : Default;

    private sealed record AppliedRow(string Name, string Sha256);

    /// <summary>
    /// Throws <see cref="LedgerException"/> when the database is not a ledger, has a newer schema, or an applied script
    /// changed. Returns false for an empty database (no ledger yet), true for a ledger.
    /// </summary>
    public bool Check(DbConnection connection, string ledgerName)
    {
        var dialect = LedgerDialect.Of(connection);
        var tables = dialect.Tables(connection);
        if (tables.Count == 0)
            return false;
        if (!tables.Contains("schema_migrations"))
            throw new LedgerException(
                $"{ledgerName}: not a claims ledger ({dialect.DatabaseNoun} with tables {string.Join(", ", tables.Take(5))})");

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
        return true;
    }

    /// <summary>Applies the scripts not yet journaled; returns their names. Safe against a concurrent migrator.</summary>
    public IReadOnlyList<string> Apply(DbConnection connection, TimeProvider clock)
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

        var dialect = LedgerDialect.Of(connection);
        var applied = new List<string>();
        foreach (var script in scripts)
        {
            // A second process opening a fresh ledger waits for the lock, then sees the script applied.
            using var transaction = dialect.BeginWrite(connection);
            dialect.LockSchema(connection, transaction);
            connection.Execute(CreateJournalSql, transaction: transaction);
            if (connection.ExecuteScalar<long>(IsAppliedSql, new { script.Name }, transaction) > 0)
                continue;
            try
            {
                connection.Execute(script.Sql, transaction: transaction);
            }
            catch (DbException e)
            {
                throw new LedgerException($"migration {script.Name} failed: {LedgerDatabase.FirstLine(e.Message)}", e);
            }
            connection.Execute(JournalSql, new { script.Name, script.Sha256, AppliedAt = IsoTime.Format(clock.GetUtcNow()) }, transaction);
            transaction.Commit();
            applied.Add(script.Name);
        }
        return applied;
    }
}
