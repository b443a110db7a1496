using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace ClaimsLedger.Ledger;

/// <summary>
/// The shared server: writers run at READ COMMITTED and serialise on transaction-scoped advisory locks (the schema; a
/// document's path and content), with the unique keys as the backstop a retried transaction meets; readers run in one
/// REPEATABLE READ READ ONLY snapshot. The ledger lives in the connection's current schema (search_path).
/// </summary>
internal sealed class PostgresDialect : LedgerDialect
{
    // Advisory lock keys: one for the schema, one for copied subjects, and per document a hash of its path and one of its content.
    private const long SchemaLockKey = 0x436c61696d734c67; // "ClaimsLg"
    private const long SubjectCopiesLockKey = 0x436c53756a436f70; // "ClSujCop"

    public override string Name => "PostgreSQL";

    public override string DatabaseNoun => "a PostgreSQL database";

    public override string MigrationFolder => "migrations/postgresql/";

    internal override DbConnection Connect(LedgerTarget target)
    {
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString)
        {
            // The ledger's statements are few and repeated for every row of a document: prepared once per connection.
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
            IncludeErrorDetail = true,
        };
        if (string.IsNullOrEmpty(builder.ApplicationName))
            builder.ApplicationName = "claims";
        if (builder.CommandTimeout == 30)
            builder.CommandTimeout = 0; // a whole-ledger stream is one long command; a stuck server is the server's to time out
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal override void Prepare(DbConnection connection, LedgerTarget target) { }

    internal override DbConnection? ConnectReader(LedgerTarget target) => Connect(target);

    public override IReadOnlyList<string> Tables(DbConnection connection) => connection.Query<string>("""
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind IN ('r', 'p')
        ORDER BY c.oid
        """).ToList();

    internal override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction(IsolationLevel.ReadCommitted);

    internal override DbTransaction BeginSnapshot(DbConnection connection)
    {
        var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        connection.Execute("SET TRANSACTION READ ONLY", transaction: transaction);
        return transaction;
    }

    internal override void LockSchema(DbConnection connection, DbTransaction transaction) =>
        connection.Execute("SELECT pg_advisory_xact_lock(@SchemaLockKey)", new { SchemaLockKey }, transaction);

    // Two writers of the same path or the same content queue here; both keys in ascending order, so two writers never
    // hold one each while waiting for the other.
    // Taken after a writer's document locks, never before them, so it closes no cycle with them.
    internal override void LockSubjectCopies(DbConnection connection, DbTransaction transaction) =>
        connection.Execute("SELECT pg_advisory_xact_lock(@SubjectCopiesLockKey)", new { SubjectCopiesLockKey }, transaction);

    internal override void LockDocument(DbConnection connection, DbTransaction transaction, string path, string sha256)
    {
        var keys = new[] { Key("path", path), Key("sha256", sha256) };
        Array.Sort(keys);
        connection.Execute("SELECT pg_advisory_xact_lock(@First), pg_advisory_xact_lock(@Second)",
            new { First = keys[0], Second = keys[1] }, transaction);
    }

    private static long Key(string kind, string value) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{value}")), 0);

    internal override bool IsTransient(Exception exception) => exception is PostgresException
    {
        SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation,
    };

    public override string NoCase(string expression) => $"lower({expression} COLLATE \"C\")";

    public override string Binary(string expression) => $"{expression} COLLATE \"C\"";

    public override string NoCaseConflictTarget(string column) => $"({NoCase(column)})";

    // Pages, keys and checks are the server's to keep: nothing here that the verifier does not check itself.
    internal override bool CheckStorage(DbConnection connection, List<string> problems) => true;

    // A read-only snapshot cannot create a temporary table: the ids travel as one array parameter.
    internal override IDisposable RankedIds(DbConnection connection, DbCommand command, IReadOnlyList<long> ids, out string relation)
    {
        command.Parameters.Add(new NpgsqlParameter<long[]>("ranked_ids", ids.ToArray()));
        relation = "(SELECT (u.ordinality - 1)::integer AS rank, u.metric_id FROM unnest(@ranked_ids) WITH ORDINALITY AS u (metric_id, ordinality))";
        return new NoCleanup();
    }

    internal override string OrderedJoin => "JOIN";

    internal override int ReadText(DbDataReader reader, int column, ref byte[] bytes, ref char[] chars)
    {
        var text = reader.GetString(column);
        EnsureCapacity(ref chars, text.Length);
        text.CopyTo(chars);
        return text.Length;
    }

    internal override void DeferForeignKeys(DbConnection connection, DbTransaction transaction) =>
        connection.Execute("SET CONSTRAINTS ALL DEFERRED", transaction: transaction);

    // COPY in text form: the server reads each value as it reads a literal, so column types need not be known here.
    internal override IRowSink OpenRowSink(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns) =>
        new CopySink(((NpgsqlConnection)connection).BeginTextImport(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN"));

    private sealed class CopySink(TextWriter writer) : IRowSink
    {
        private readonly StringBuilder line = new();

        public void Add(object?[] values)
        {
            line.Clear();
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                    line.Append('\t');
                AppendValue(values[i]);
            }
            line.Append('\n');
            writer.Write(line);
        }

        private void AppendValue(object? value)
        {
            switch (value)
            {
                case null or DBNull:
                    line.Append("\\N");
                    break;
                case double d:
                    line.Append(d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case IFormattable number:
                    line.Append(number.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    foreach (var ch in value.ToString()!)
                    {
                        _ = ch switch
                        {
                            '\\' => line.Append("\\\\"),
                            '\t' => line.Append("\\t"),
                            '\n' => line.Append("\\n"),
                            '\r' => line.Append("\\r"),
                            _ => line.Append(ch),
                        };
                    }
                    break;
            }
        }

        public void Dispose() => writer.Dispose();
    }

    internal override void AfterExplicitIds(DbConnection connection, DbTransaction transaction, string table)
    {
        const string IdentitySql = """
            SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = to_regclass(@table) AND a.attidentity <> '' AND NOT a.attisdropped
            """;
        foreach (var column in connection.Query<string>(IdentitySql, new { table }, transaction).ToList())
        {
            connection.Execute($"""
                SELECT setval(pg_get_serial_sequence(@table, @column), coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)
                """, new { table, column }, transaction);
        }
    }

    private sealed class NoCleanup : IDisposable
    {
        public void Dispose() { }
    }
}
