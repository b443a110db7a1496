using System.CommandLine;

namespace ClaimsLedger.Cli.Commands;

/// <summary>Options several commands share. Each command gets its own instances.</summary>
internal static class LedgerOptions
{
    public const string DefaultDatabase = "claims.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The ledger file (SQLite)",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string?> Metric(string description) => new("--metric", "-m") { Description = description };
}
