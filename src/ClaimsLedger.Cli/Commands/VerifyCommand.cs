using System.CommandLine;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims verify`: re-checks every guarantee of the ledger; exits non-zero on any problem.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliServices services)
    {
        var database = LedgerOptions.Database();
        var command = new Command("verify", "Check offsets, sentences, checksums, foreign keys and SQLite integrity") { database };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var ledger = LedgerAccess.Open(parse, database, services, create: false);
            if (ledger is null)
                return ExitCodes.CannotRun;
            return VerificationText.Write(output, LedgerVerifier.Verify(ledger), counts => $"ledger ok: {counts} verified", "ledger");
        });
        return command;
    }
}
