using ClaimsLedger.Ledger;
using Npgsql;

namespace ClaimsLedger.Tests.Support;

/// <summary>
/// A new, empty database on the test server named by CLAIMS_TEST_PG (a connection string or URI of a role that may
/// create databases; .ci/run starts a throwaway server and sets it), dropped on dispose. Where the variable is not set
/// the test is ignored with the reason shown, and fails instead when the CI variable is set, so that CI can never pass
/// by skipping.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string ServerVariable = "CLAIMS_TEST_PG";

    private readonly string adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string name, string connectionString, string uri)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
        Uri = uri;
    }

    public string Name { get; }

    /// <summary>The database as key=value pairs (Host=...;Database=...).</summary>
    public string ConnectionString { get; }

    /// <summary>The same database as a postgresql:// URI.</summary>
    public string Uri { get; }

    public static PostgresDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            var message = $"{ServerVariable} is not set: this test needs a PostgreSQL server (.ci/run starts one)";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
                Assert.Fail(message + " (CI is set, so it may not be skipped)");
            Assert.Ignore(message);
        }
        var admin = new NpgsqlConnectionStringBuilder(LedgerTarget.Parse(server!).ConnectionString) { Pooling = false };
        admin.Database ??= "postgres";
        var name = "claims_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        var database = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, Pooling = true };
        var password = string.IsNullOrEmpty(admin.Password) ? "" : ":" + System.Uri.EscapeDataString(admin.Password);
        var uri = $"postgresql://{System.Uri.EscapeDataString(admin.Username ?? Environment.UserName)}{password}@{admin.Host}:{admin.Port}/{name}";
        return new PostgresDatabase(admin.ConnectionString, name, database.ConnectionString, uri);
    }

    public NpgsqlConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(adminConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
