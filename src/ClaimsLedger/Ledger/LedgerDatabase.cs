using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Ledger;

/// <summary>
/// An open ledger file: one SQLite connection with foreign keys on, WAL journaling and a busy timeout, at the schema
/// of this program. Open refuses (without writing a byte) a file that is not a ledger or has a newer schema.
/// </summary>
public sealed class LedgerDatabase : IDisposable
{
    /// <summary>How long a writer waits for another process's transaction before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(60);

    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    static LedgerDatabase() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private LedgerDatabase(string path, SqliteConnection connection, TimeProvider clock)
    {
        Path = path;
        Connection = connection;
        Claims = new ClaimStore(connection);
        Metrics = new MetricStore(connection);
        ClaimStream = new ClaimStream(connection, path == ":memory:" ? null : path);
        Documents = new DocumentStore(connection, clock);
        Checks = new CheckStore(connection, clock);
    }

    public string Path { get; }
    public SqliteConnection Connection { get; }
    public DocumentStore Documents { get; }
    public ClaimStore Claims { get; }
    public MetricStore Metrics { get; }
    public ClaimStream ClaimStream { get; }
    public CheckStore Checks { get; }

    /// <summary>Opens or creates the ledger at <paramref name="path"/> (":memory:" for a private in-memory one).</summary>
    /// <exception cref="LedgerException">The file cannot be a ledger for this program; it is left untouched.</exception>
    public static LedgerDatabase Open(string path, TimeProvider? clock = null, SchemaMigrator? migrator = null)
    {
        clock ??= TimeProvider.System;
        migrator ??= SchemaMigrator.Default;
        var inMemory = path == ":memory:";
        if (!inMemory)
            CheckFileBeforeOpening(path);

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString());
        try
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            migrator.Check(connection, path);
            connection.Execute("PRAGMA foreign_keys = ON");
            if (!inMemory)
            {
                connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
                // With WAL, NORMAL never loses a committed transaction to a killed process (only to power loss).
                connection.Execute("PRAGMA synchronous = NORMAL");
                // Checkpoint every 32 MB of log rather than 4 MB: a document's claims touch many index pages, and each
                // checkpoint writes and syncs them all; fewer, larger checkpoints halve the cost of a commit.
                connection.Execute("PRAGMA wal_autocheckpoint = 8192");
            }
            migrator.Apply(connection, clock);
            return new LedgerDatabase(path, connection, clock);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new LedgerException($"{path}: cannot open the ledger ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void CheckFileBeforeOpening(string path)
    {
        if (Directory.Exists(path))
            throw new LedgerException($"{path}: is a folder, not a ledger file");
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
            throw new LedgerException($"{path}: folder {folder} does not exist");
        if (!File.Exists(path))
            return;
        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LedgerException($"{path}: cannot read the ledger ({e.Message})", e);
        }
        if (read == 0)
            return; // an empty file is an empty database: becomes a new ledger
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            throw new LedgerException($"{path}: not a claims ledger (not an SQLite database)");
    }

    public void Dispose() => Connection.Dispose();
}
