using Npgsql;

namespace ClaimsLedger.Ledger;

/// <summary>
/// What `--db` names: an SQLite file (a path, or ":memory:") or a PostgreSQL database, given as a URI
/// (<c>postgresql://user:password@host:5432/ledger?sslmode=require</c>) or as key=value pairs (<c>Host=...;Database=...</c>).
/// <see cref="Display"/> is the name used in messages: the path, or the server's URI without its password.
/// </summary>
public sealed record LedgerTarget(LedgerDialect Dialect, string ConnectionString, string Display)
{
    public bool IsPostgres => Dialect == LedgerDialect.Postgres;

    /// <exception cref="LedgerException">A PostgreSQL URI or key=value string that cannot be read.</exception>
    public static LedgerTarget Parse(string text)
    {
        if (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
            return Postgres(FromUri(text));
        if (text.Contains('=') && TryKeyValues(text) is { Host: not null } builder)
            return Postgres(builder);
        return new LedgerTarget(LedgerDialect.Sqlite, text, text);
    }

    private static LedgerTarget Postgres(NpgsqlConnectionStringBuilder builder)
    {
        var display = $"postgresql://{(builder.Username is { } user ? Uri.EscapeDataString(user) + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database}";
        return new LedgerTarget(LedgerDialect.Postgres, builder.ConnectionString, display);
    }

    private static NpgsqlConnectionStringBuilder? TryKeyValues(string text)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException)
        {
            return null; // a file name with '=' in it
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new LedgerException($"{text}: not a PostgreSQL URI like postgresql://user@host:5432/ledger");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var (user, password) = uri.UserInfo.Split(':', 2) is [var u, var p] ? (u, p) : (uri.UserInfo, null);
            builder.Username = Uri.UnescapeDataString(user);
            if (password is not null)
                builder.Password = Uri.UnescapeDataString(password);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            try
            {
                builder[Uri.UnescapeDataString(key).Replace('_', ' ')] = Uri.UnescapeDataString(value);
            }
            catch (ArgumentException e)
            {
                throw new LedgerException($"{Postgres(builder).Display}: unknown connection parameter '{key}' ({e.Message})", e);
            }
        }
        return builder;
    }
}
