namespace ClaimsLedger.Cli.Commands;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but found problems: a file failed to ingest, the ledger failed verification.</summary>
    public const int Problems = 1;

    /// <summary>The command could not run: no ledger, not a ledger, a bad option value.</summary>
    public const int CannotRun = 2;
}
