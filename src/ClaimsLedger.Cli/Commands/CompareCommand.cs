using System.CommandLine;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims compare --metric M [--db FILE]`: the timeline of one metric, period by period, every figure with its source,
/// speaker and status against the others in its period. Exit code 2 when the ledger or the rates cannot be read.
/// </summary>
public static class CompareCommand
{
    /// <param name="loadClaims">Reads the claims of the ledger at a path, of one metric or (null) all of them.</param>
    public static Command Create(Func<string, string?, IReadOnlyList<StoredClaim>> loadClaims)
    {
        var db = LedgerOptions.Database();
        var metric = new Option<string>("--metric") { Description = "The metric to follow (case-insensitive)", Required = true };

        var command = new Command("compare", "The timeline of a metric: every figure, its source and how it stands against the others")
        {
            db, metric,
        };
        command.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(metric)!;
            if (!ComparisonInputs.TryLoad(loadClaims, parseResult.GetValue(db)!, wanted, parseResult.InvocationConfiguration.Error,
                    "compare", out var claims, out var rates))
                return ConflictsCommand.InputErrorExitCode;

            var engine = new ComparisonEngine(rates);
            var report = engine.Compare(claims);
            TimelineWriter.Write(parseResult.InvocationConfiguration.Output, wanted, claims, report);
            ComparisonInputs.WarnOfDegenerateGroups(engine, parseResult.InvocationConfiguration.Error);
            return 0;
        });
        return command;
    }
}
