using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Ledger;

/// <summary>
/// A read transaction on an SQLite ledger begun with a plain BEGIN (see <see cref="SqliteDialect.BeginSnapshot"/>): every
/// statement of the connection reads the snapshot its first SELECT fixed, until this ends. Holds no lock a writer waits
/// for (WAL).
/// </summary>
internal sealed class SqliteReadSnapshot : DbTransaction
{
    private readonly SqliteConnection connection;
    private bool open = true;

    private SqliteReadSnapshot(SqliteConnection connection) => this.connection = connection;

    public static SqliteReadSnapshot Begin(SqliteConnection connection)
    {
        connection.Execute("BEGIN DEFERRED");
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master");
        return new SqliteReadSnapshot(connection);
    }

    public override IsolationLevel IsolationLevel => IsolationLevel.Serializable;

    protected override DbConnection DbConnection => connection;

    public override void Commit() => End();

    public override void Rollback() => End();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            End();
        base.Dispose(disposing);
    }

    private void End()
    {
        if (!open)
            return;
        open = false;
        if (connection.State != ConnectionState.Open)
            return;
        try
        {
            connection.Execute("COMMIT"); // nothing was written to the ledger: this only releases the snapshot
        }
        catch (SqliteException)
        {
            // the connection failed under the reader, which reports that; closing it releases the rest
        }
    }
}
