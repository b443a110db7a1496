using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Read transactions of one connection: every statement a reader runs between <see cref="Begin"/> and disposing what it
/// returns sees one snapshot of the ledger, whatever other processes commit meanwhile (so a document is seen with all
/// of its claims, metrics and counts, or not at all). Nested calls share the outermost snapshot. The one place where
/// readers start and end transactions: another database engine gives its own snapshot here (e.g. REPEATABLE READ).
/// </summary>
public sealed class ReadSnapshots
{
    private readonly SqliteConnection connection;
    private int depth;

    internal ReadSnapshots(SqliteConnection connection) => this.connection = connection;

    /// <summary>Starts a snapshot (or joins the open one); disposing the result ends it.</summary>
    /// <remarks>
    /// A plain BEGIN, not <see cref="SqliteConnection.BeginTransaction()"/>: the readers' statements then need no
    /// transaction object, and a read transaction holds no lock a writer waits for (WAL). The first SELECT fixes the
    /// snapshot at once, rather than at the reader's first statement.
    /// </remarks>
    public IDisposable Begin()
    {
        if (depth++ > 0)
            return new Scope(this);
        try
        {
            connection.Execute("BEGIN DEFERRED");
            connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master");
        }
        catch
        {
            depth--;
            throw;
        }
        return new Scope(this);
    }

    private void End()
    {
        if (--depth > 0 || connection.State != System.Data.ConnectionState.Open)
            return;
        try
        {
            connection.Execute("COMMIT"); // nothing was written to the ledger: this only releases the snapshot
        }
        catch (SqliteException)
        {
            // the connection failed under the reader, which reports that; nothing is left to release
        }
    }

    private sealed class Scope(ReadSnapshots owner) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (disposed)
                return;
            disposed = true;
            owner.End();
        }
    }
}
