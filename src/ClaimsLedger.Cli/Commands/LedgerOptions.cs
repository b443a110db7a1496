using System.CommandLine;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>Options several commands share. Each command gets its own instances.</summary>
internal static class LedgerOptions
{
    public const string DefaultDatabase = "claims.db";

    /// <summary>Names the ledger when --db is not given.</summary>
    public const string EnvironmentVariable = "CLAIMS_DB";

    public const string DatabaseDescription =
        "The ledger: an SQLite file, or a PostgreSQL database (postgresql://user@host:5432/ledger or Host=...;Database=...); default $CLAIMS_DB, else claims.db";

    /// <summary>$CLAIMS_DB when set, else claims.db.</summary>
    public static string DefaultTarget =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultDatabase;

    public static Option<string> Database() => new("--db")
    {
        Description = DatabaseDescription,
        DefaultValueFactory = _ => DefaultTarget,
    };

    /// <summary>True when <paramref name="target"/> names an SQLite file that does not exist (a server is asked on opening;
    /// an empty name is no file's, and opening says so).</summary>
    public static bool IsMissingFile(string target)
    {
        if (target.Length == 0)
            return false;
        try
        {
            return !LedgerTarget.Parse(target).IsPostgres && !File.Exists(target);
        }
        catch (LedgerException)
        {
            return false; // a server named badly: opening it says what is wrong
        }
    }

    /// <summary>The ledger's name in messages: never a password.</summary>
    public static string DisplayName(string target)
    {
        try
        {
            return LedgerTarget.Parse(target).Display;
        }
        catch (LedgerException)
        {
            return target.Contains("://") ? "the PostgreSQL server" : target;
        }
    }

    public static Option<string?> Metric(string description) => new("--metric", "-m") { Description = description };
}
