using System.Data.Common;
using Dapper;

namespace ClaimsLedger.Ledger;

/// <summary>What <see cref="LedgerCopier.Copy"/> wrote, table by table, and the verification of the copy.</summary>
public sealed record CopyReport(IReadOnlyList<(string Table, long Rows)> Tables, VerificationReport Verification);

/// <summary>
/// Moves a whole ledger into an empty one, on either back end: every row of every table with its id, in one transaction
/// of the target (foreign keys checked at its commit), read from one snapshot of the source. Then the copy is verified and
/// its row counts compared with the source's. Both are at this program's schema (opening them migrated them), so their
/// tables and columns are the same.
/// </summary>
public static class LedgerCopier
{
    private const string Journal = "schema_migrations";

    /// <exception cref="LedgerException">The target already holds a ledger's rows, or lacks a table of the source.</exception>
    public static CopyReport Copy(LedgerDatabase source, LedgerDatabase target)
    {
        source.ReadFromOneSnapshot();
        var tables = source.Dialect.Tables(source.Connection).Where(t => t != Journal).ToList();
        var targetTables = target.Dialect.Tables(target.Connection).ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (!targetTables.Contains(table))
                throw new LedgerException($"{target.Path}: has no table {table} (a ledger of another schema)");
            if (target.Connection.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\"") > 0)
                throw new LedgerException($"{target.Path}: is not empty (table {table} has rows); copy into a new ledger");
        }

        var copied = new List<(string, long)>();
        using (var transaction = target.Dialect.BeginWrite(target.Connection))
        {
            target.Dialect.DeferForeignKeys(target.Connection, transaction);
            foreach (var table in tables)
                copied.Add((table, CopyTable(source.Connection, target, transaction, table)));
            transaction.Commit();
        }

        var verification = LedgerVerifier.Verify(target);
        var problems = verification.Problems.ToList();
        foreach (var (table, rows) in copied)
        {
            var there = target.Connection.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\"");
            if (there != rows)
                problems.Add($"{table}: {rows} rows copied, {there} in {target.Path}");
        }
        return new CopyReport(copied, verification with { Problems = problems });
    }

    private static long CopyTable(DbConnection source, LedgerDatabase target, DbTransaction transaction, string table)
    {
        using var command = source.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        long rows = 0;
        using (var sink = target.Dialect.OpenRowSink(target.Connection, transaction, table, columns))
        {
            var values = new object?[columns.Count];
            while (reader.Read())
            {
                for (var i = 0; i < values.Length; i++)
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                sink.Add(values);
                rows++;
            }
        }
        target.Dialect.AfterExplicitIds(target.Connection, transaction, table);
        return rows;
    }
}
