using System.CommandLine;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims check ID --verdict true|false|misleading|unverifiable [--note N] [--url U] [--by NAME]`: records a fact-check of a claim; earlier checks are kept.</summary>
internal static class CheckCommand
{
    public static Command Create(CliServices services)
    {
        var id = new Argument<long>("ID") { Description = "The claim's id (from query, export or conflicts)" };
        var database = LedgerOptions.Database();
        var verdict = new Option<string>("--verdict") { Description = "true, false, misleading or unverifiable", Required = true };
        verdict.AcceptOnlyFromAmong([.. FactCheck.Verdicts]);
        var note = new Option<string?>("--note") { Description = "Why: what the figure was checked against" };
        var url = new Option<string?>("--url") { Description = "Where the fact-check is published" };
        var by = new Option<string?>("--by") { Description = "Who checked it" };
        var command = new Command("check", "Record a fact-check of a claim (its latest verdict shows in show and export)")
        {
            id, database, verdict, note, url, by,
        };
        command.SetAction(parse =>
        {
            using var ledger = LedgerAccess.Open(parse, database, services, create: false, writes: true);
            if (ledger is null)
                return ExitCodes.CannotRun;
            var claimId = parse.GetValue(id);
            var check = ledger.Checks.Add(claimId, parse.GetValue(verdict)!, parse.GetValue(note), parse.GetValue(url), parse.GetValue(by));
            if (check is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"claim {claimId}: not in the ledger");
                return ExitCodes.CannotRun;
            }
            var history = ledger.Checks.History(claimId).Count;
            parse.InvocationConfiguration.Output.WriteLine(
                $"claim {claimId}: {check.Verdict} (check {check.Id}{(history > 1 ? $", {history} checks of this claim" : "")})");
            return ExitCodes.Success;
        });
        return command;
    }
}
