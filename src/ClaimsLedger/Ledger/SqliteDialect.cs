using System.Data.Common;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Ledger;

/// <summary>The embedded back end: one file, one writer at a time (BEGIN IMMEDIATE), NOCASE columns.</summary>
internal sealed class SqliteDialect : LedgerDialect
{
    private const long MappedBytes = 1L << 31;

    public override string Name => "SQLite";

    public override string DatabaseNoun => "an SQLite database";

    public override string MigrationFolder => "migrations/";

    /// <summary>How long a writer waits for another process's transaction before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(60);

    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    internal override DbConnection Connect(LedgerTarget target)
    {
        var path = target.ConnectionString;
        if (path != ":memory:")
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
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal override void Prepare(DbConnection connection, LedgerTarget target)
    {
        connection.Execute("PRAGMA foreign_keys = ON");
        if (target.ConnectionString == ":memory:")
            return;
        connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
        // With WAL, NORMAL never loses a committed transaction to a killed process (only to power loss).
        connection.Execute("PRAGMA synchronous = NORMAL");
        // Checkpoint every 32 MB of log rather than 4 MB: a document's claims touch many index pages, and each
        // checkpoint writes and syncs them all; fewer, larger checkpoints halve the cost of a commit.
        connection.Execute("PRAGMA wal_autocheckpoint = 8192");
    }

    internal override DbConnection? ConnectReader(LedgerTarget target)
    {
        if (target.ConnectionString == ":memory:")
            return null;
        var reader = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = target.ConnectionString,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        reader.Open();
        // No memory map here: a second mapping of the file would count its pages twice in the working set, for little
        // gain (each text is a few pages read in sequence).
        return reader;
    }

    private static void CheckFileBeforeOpening(string path)
    {
        if (path.Length == 0)
            throw new LedgerException("--db: the file name is empty");
        // Opening a FIFO would wait for a writer forever; a device is no place for a ledger.
        var status = Files.FileStatus.Of(path);
        if (status.Exists && status.Kind is not (Files.FileKind.Regular or Files.FileKind.Directory))
            throw new LedgerException($"{path}: is {status.Description}, not a ledger file");
        if (Directory.Exists(path))
            throw new LedgerException($"{path}: is a folder, not a ledger file");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
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

    public override IReadOnlyList<string> Tables(DbConnection connection) => connection.Query<string>("""
        SELECT name FROM sqlite_master
        WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
        ORDER BY rowid
        """).ToList();

    // IMMEDIATE: the write lock is taken at BEGIN, so the reads inside see what the writes will be based on.
    internal override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    // A plain BEGIN rather than SqliteConnection.BeginTransaction: Microsoft.Data.Sqlite wants every command inside its
    // own transactions to name them, and the readers do not. The first SELECT fixes the WAL snapshot at once: from then
    // on every statement (the metric list, the documents, the claims) sees the same ledger, whatever others commit.
    internal override DbTransaction? BeginSnapshot(DbConnection connection) => SqliteReadSnapshot.Begin((SqliteConnection)connection);

    internal override void LockSchema(DbConnection connection, DbTransaction transaction) { } // BEGIN IMMEDIATE did

    internal override void LockDocument(DbConnection connection, DbTransaction transaction, string path, string sha256) { }

    internal override void LockSubjectCopies(DbConnection connection, DbTransaction transaction) { }

    // SQLITE_BUSY past the busy timeout is not retried: another process held the file for a whole minute.
    internal override bool IsTransient(Exception exception) => false;

    public override string NoCase(string expression) => $"{expression} COLLATE NOCASE";

    public override string Binary(string expression) => $"{expression} COLLATE BINARY";

    public override string NoCaseConflictTarget(string column) => $"({column})";

    internal override bool CheckStorage(DbConnection connection, List<string> problems)
    {
        try
        {
            problems.AddRange(connection.Query<string>("PRAGMA integrity_check").Where(r => r != "ok").Select(r => $"integrity_check: {r}"));
        }
        catch (SqliteException e)
        {
            // Pages too damaged for SQLite to check: that is the finding, and nothing further can be read reliably.
            problems.Add($"integrity_check: {e.Message}");
            return false;
        }
        problems.AddRange(connection.Query("PRAGMA foreign_key_check").Select(r => $"foreign_key_check: {r}"));
        return true;
    }

    internal override IDisposable RankedIds(DbConnection connection, DbCommand command, IReadOnlyList<long> ids, out string relation)
    {
        relation = "temp.claim_stream_metric_order";
        var table = relation;
        connection.Execute($"DROP TABLE IF EXISTS {table}");
        connection.Execute($"CREATE TABLE {table} (rank INTEGER PRIMARY KEY, metric_id INTEGER NOT NULL)");
        // Rows are then read in metric order, scattered over the file: memory-mapped reads save a system call per page (~25%).
        connection.Execute($"PRAGMA mmap_size = {MappedBytes}");
        // No transaction of its own: inside a reader's snapshot these rows go to the connection's temporary database.
        connection.Execute($"INSERT INTO {table} (rank, metric_id) VALUES (@Rank, @MetricId)",
            ids.Select((id, i) => new { Rank = i, MetricId = id }));
        return new Cleanup(() =>
        {
            connection.Execute($"DROP TABLE IF EXISTS {table}");
            connection.Execute("PRAGMA mmap_size = 0");
        });
    }

    internal override string OrderedJoin => "CROSS JOIN";

    // The stored UTF-8 bytes decoded into reused buffers: only the sentences cut from them become new strings.
    internal override int ReadText(DbDataReader reader, int column, ref byte[] bytes, ref char[] chars)
    {
        var size = checked((int)reader.GetBytes(column, 0, null, 0, 0));
        EnsureCapacity(ref bytes, size);
        reader.GetBytes(column, 0, bytes, 0, size);
        EnsureCapacity(ref chars, Encoding.UTF8.GetMaxCharCount(size));
        return Encoding.UTF8.GetChars(bytes, 0, size, chars, 0);
    }

    internal override void DeferForeignKeys(DbConnection connection, DbTransaction transaction) =>
        connection.Execute("PRAGMA defer_foreign_keys = ON", transaction: transaction);

    internal override IRowSink OpenRowSink(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
            command.Parameters.Add(new SqliteParameter { ParameterName = $"@p{i}" });
        return new InsertSink(command);
    }

    private sealed class InsertSink(DbCommand command) : IRowSink
    {
        public void Add(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }

    internal override void AfterExplicitIds(DbConnection connection, DbTransaction transaction, string table) { } // max(rowid) + 1

    private sealed class Cleanup(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
