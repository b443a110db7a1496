using System.Data.Common;
using Dapper;

namespace ClaimsLedger.Ledger;

/// <summary>
/// An open ledger: an SQLite file (foreign keys on, WAL journaling, a busy timeout) or a PostgreSQL database, at the
/// schema of this program. Open refuses (without writing a byte) a database that is not a ledger or has a newer schema.
/// </summary>
public sealed class LedgerDatabase : IDisposable
{
    /// <summary>How long an SQLite writer waits for another process's transaction before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = SqliteDialect.BusyTimeout;

    private DbTransaction? snapshot;

    static LedgerDatabase() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private LedgerDatabase(LedgerTarget target, DbConnection connection, TimeProvider clock)
    {
        Target = target;
        Connection = connection;
        Claims = new ClaimStore(connection);
        Metrics = new MetricStore(connection);
        ClaimStream = new ClaimStream(connection, () => target.Dialect.ConnectReader(target));
        Documents = new DocumentStore(connection, clock);
        Checks = new CheckStore(connection, clock);
        Pairs = new PairStore(connection, clock);
    }

    public LedgerTarget Target { get; }

    /// <summary>The path of an SQLite ledger, or the name of a PostgreSQL one (its URI without password).</summary>
    public string Path => Target.Display;

    public LedgerDialect Dialect => Target.Dialect;
    public DbConnection Connection { get; }
    public DocumentStore Documents { get; }
    public ClaimStore Claims { get; }
    public MetricStore Metrics { get; }
    public ClaimStream ClaimStream { get; }
    public CheckStore Checks { get; }
    public PairStore Pairs { get; }

    /// <summary>
    /// Opens or creates the ledger <paramref name="target"/> names: an SQLite path (":memory:" for a private in-memory
    /// one) or a PostgreSQL connection string (see <see cref="LedgerTarget"/>).
    /// </summary>
    /// <param name="create">False: a database without a ledger is refused instead of becoming one.</param>
    /// <exception cref="LedgerException">The database cannot be a ledger for this program; it is left untouched.</exception>
    public static LedgerDatabase Open(string target, TimeProvider? clock = null, SchemaMigrator? migrator = null, bool create = true) =>
        Open(LedgerTarget.Parse(target), clock, migrator, create);

    public static LedgerDatabase Open(LedgerTarget target, TimeProvider? clock = null, SchemaMigrator? migrator = null, bool create = true)
    {
        clock ??= TimeProvider.System;
        var dialect = target.Dialect;
        migrator ??= SchemaMigrator.For(dialect);
        DbConnection? connection = null;
        try
        {
            connection = dialect.Connect(target);
            if (!migrator.Check(connection, target.Display) && !create)
                throw new LedgerException($"{target.Display}: no claims ledger there (make one with: claims ingest PATH --db {target.Display})");
            dialect.Prepare(connection, target);
            migrator.Apply(connection, clock);
            return new LedgerDatabase(target, connection, clock);
        }
        catch (DbException e)
        {
            connection?.Dispose();
            throw new LedgerException($"{target.Display}: cannot open the ledger ({FirstLine(e.Message)})", e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// From now until the ledger is closed, every read sees the ledger as it was at the first one: whole documents only,
    /// whatever other processes write meanwhile. Nothing can be written through this ledger after.
    /// </summary>
    public void ReadFromOneSnapshot() => snapshot ??= Dialect.BeginSnapshot(Connection);

    /// <summary>
    /// The files SQLite keeps for the ledger at <paramref name="path"/>: the database and its -wal, -shm and -journal
    /// companions, under the given name and under the name its links resolve to (where SQLite puts them). No output may
    /// be written over any of them. None for a server ledger.
    /// </summary>
    public static IReadOnlyList<string> FilesOf(string path)
    {
        string[] suffixes = ["", "-wal", "-shm", "-journal"];
        if (path.Length == 0 || path == ":memory:" || LedgerTarget.Parse(path).IsPostgres)
            return [];
        var resolved = Files.ResolvedPath.Of(path);
        return [.. suffixes.Select(s => path + s), .. suffixes.Select(s => resolved + s)];
    }

    internal static string FirstLine(string message) => message.Split('\n')[0].TrimEnd();

    public void Dispose()
    {
        snapshot?.Dispose();
        Connection.Dispose();
    }
}
