using System.CommandLine;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims query --metric M`: every figure given for a metric, oldest period first, each with its sentence.</summary>
internal static class QueryCommand
{
    public static Command Create(CliServices services)
    {
        var database = LedgerOptions.Database();
        var metric = LedgerOptions.Metric("The metric, by name or alias (see: claims metrics)");
        metric.Required = true;
        var superseded = new Option<bool>("--include-superseded") { Description = "Also show claims of older revisions of documents" };
        var command = new Command("query", "Every figure the ledger holds for a metric") { database, metric, superseded };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var ledger = LedgerAccess.Open(parse, database, services, create: false);
            if (ledger is null)
                return ExitCodes.CannotRun;
            var name = parse.GetValue(metric)!;
            var claims = ledger.Claims.Query(name, parse.GetValue(superseded));
            if (claims.Count == 0)
            {
                output.WriteLine($"no claims for metric '{ClaimText.Field(name)}' (list the metrics with: claims metrics)");
                return ExitCodes.Success;
            }
            output.WriteLine($"{ClaimText.Field(name)}: {claims.Count} claims");
            foreach (var stored in claims)
            {
                var c = stored.Claim;
                output.WriteLine();
                output.WriteLine($"#{stored.Id}  {ClaimText.Figure(c)}  period {ClaimText.Period(c)}  speaker {ClaimText.Field(c.Speaker ?? "-")}");
                output.WriteLine($"    {ClaimText.Field(stored.DocumentFile)}, event {ClaimText.Date(stored.EventDate)}: {ClaimText.Marked(stored)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
