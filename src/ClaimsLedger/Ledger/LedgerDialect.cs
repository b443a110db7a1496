using System.Data.Common;
using Npgsql;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Everything that differs between the two back ends, and nothing else: the rest of the ledger runs the same SQL on
/// either. Connections, the migration folder, the schema's table list, how a writer and a reader start their
/// transactions and which failures are retried, the few SQL fragments that are spelt differently (case-insensitive
/// comparison, a join whose order is kept), and the checks only one of them can run.
/// </summary>
public abstract class LedgerDialect
{
    public static LedgerDialect Sqlite { get; } = new SqliteDialect();
    public static LedgerDialect Postgres { get; } = new PostgresDialect();

    /// <summary>The dialect of an open connection.</summary>
    public static LedgerDialect Of(DbConnection connection) => connection is NpgsqlConnection ? Postgres : Sqlite;

    public abstract string Name { get; }

    /// <summary>"an SQLite database", "a PostgreSQL database": for messages.</summary>
    public abstract string DatabaseNoun { get; }

    /// <summary>The embedded resource folder of this dialect's migrations (same file names in both).</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>The base tables of the database (the ledger's, with its migration journal), in the order they were created.</summary>
    public abstract IReadOnlyList<string> Tables(DbConnection connection);

    /// <summary>
    /// An open connection to the target with the session settings every use needs; reads nothing yet, so that a database
    /// that must be refused is left as it was.
    /// </summary>
    internal abstract DbConnection Connect(LedgerTarget target);

    /// <summary>Session settings that may write (SQLite's journal mode), made once the database is known to be a ledger.</summary>
    internal abstract void Prepare(DbConnection connection, LedgerTarget target);

    /// <summary>A second connection to the same ledger for reading only (null when there can be none: an in-memory SQLite).</summary>
    internal abstract DbConnection? ConnectReader(LedgerTarget target);

    /// <summary>A transaction for writing, which sees the latest committed rows and blocks other writers where it must.</summary>
    internal abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>A read-only transaction in which every statement sees the same committed state of the ledger.</summary>
    internal abstract DbTransaction? BeginSnapshot(DbConnection connection);

    /// <summary>Within a write transaction: waits for any other writer migrating the schema.</summary>
    internal abstract void LockSchema(DbConnection connection, DbTransaction transaction);

    /// <summary>Within a write transaction: waits for any other writer saving this path or this content.</summary>
    internal abstract void LockDocument(DbConnection connection, DbTransaction transaction, string path, string sha256);

    /// <summary>Within a write transaction: waits for any other writer working out subjects copied between documents.</summary>
    internal abstract void LockSubjectCopies(DbConnection connection, DbTransaction transaction);

    /// <summary>A failure that is a concurrent writer's doing (serialisation, deadlock, a key it took first): retry the transaction.</summary>
    internal abstract bool IsTransient(Exception exception);

    /// <summary>The expression compared case-insensitively (ASCII letters folded), as NOCASE columns compare in SQLite.</summary>
    public abstract string NoCase(string expression);

    /// <summary>The expression compared by its bytes (code points), whatever the server's collation.</summary>
    public abstract string Binary(string expression);

    /// <summary>The conflict target of a unique NOCASE column in an upsert.</summary>
    public abstract string NoCaseConflictTarget(string column);

    /// <summary>
    /// Adds the problems of the storage itself that the back end can report (page integrity, dangling foreign keys);
    /// false when the storage is too damaged for anything further to be read.
    /// </summary>
    internal abstract bool CheckStorage(DbConnection connection, List<string> problems);

    /// <summary>
    /// Makes <paramref name="ids"/> available to <paramref name="command"/> as a relation (rank, metric_id), rank 0 for
    /// the first id, named by <paramref name="relation"/>; disposing the result removes it.
    /// </summary>
    internal abstract IDisposable RankedIds(DbConnection connection, DbCommand command, IReadOnlyList<long> ids, out string relation);

    /// <summary>A join that reads its left side first and, per row, the matching right rows (SQLite: CROSS JOIN keeps the order).</summary>
    internal abstract string OrderedJoin { get; }

    /// <summary>Reads a text column into <paramref name="chars"/> (grown when short); returns its length in UTF-16 units.</summary>
    internal abstract int ReadText(DbDataReader reader, int column, ref byte[] bytes, ref char[] chars);

    /// <summary>Within a copy's transaction: foreign keys are checked at commit, so rows may arrive in table order.</summary>
    internal abstract void DeferForeignKeys(DbConnection connection, DbTransaction transaction);

    /// <summary>A writer of whole rows (values in <paramref name="columns"/> order, ids included) into a table, for a copy.</summary>
    internal abstract IRowSink OpenRowSink(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns);

    /// <summary>After rows with explicit ids were copied into a table: new rows get ids after them.</summary>
    internal abstract void AfterExplicitIds(DbConnection connection, DbTransaction transaction, string table);

    protected static void EnsureCapacity<T>(ref T[] buffer, int needed)
    {
        if (buffer.Length < needed)
            buffer = new T[Math.Max(needed, buffer.Length * 2)];
    }
}
