using System.CommandLine;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims metrics`: each metric with how many claims, documents and distinct periods speak of it.</summary>
internal static class MetricsCommand
{
    public static Command Create(CliServices services)
    {
        var database = LedgerOptions.Database();
        var command = new Command("metrics", "The metrics in the ledger with counts of claims, documents and periods") { database };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var ledger = LedgerAccess.Open(parse, database, services, create: false);
            if (ledger is null)
                return ExitCodes.CannotRun;
            var metrics = ledger.Claims.Metrics();
            output.WriteLine($"{"claims",6} {"docs",5} {"periods",7}  metric");
            foreach (var m in metrics)
                output.WriteLine($"{m.Claims,6} {m.Documents,5} {m.Periods,7}  {ClaimText.Field(m.Name)}");
            output.WriteLine($"{metrics.Count} metrics");
            return ExitCodes.Success;
        });
        return command;
    }
}
