using System.CommandLine;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims conflicts [--db FILE] [--metric M] [--format text|md|jsonl|csv] [--fail-on-conflict]`: every pair of figures
/// for the same metric and period, conflicts first. Exit code 1 with --fail-on-conflict when any pair conflicts, 2 when
/// the ledger or the rates cannot be read.
/// </summary>
public static class ConflictsCommand
{
    public const string DefaultDatabase = "claims.db";
    public const int ConflictExitCode = 1;
    public const int InputErrorExitCode = 2;

    /// <param name="loadClaims">Reads the claims of the ledger at a path, of one metric or (null) all of them.</param>
    public static Command Create(Func<string, string?, IReadOnlyList<StoredClaim>> loadClaims)
    {
        var db = new Option<string>("--db") { Description = "The ledger file", DefaultValueFactory = _ => DefaultDatabase };
        var metric = new Option<string?>("--metric") { Description = "Only this metric (case-insensitive)" };
        var format = new Option<string>("--format") { Description = "text, md, jsonl or csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(PairReportWriter.FormatNames);
        var failOnConflict = new Option<bool>("--fail-on-conflict") { Description = "Exit with code 1 when any pair conflicts" };

        var command = new Command("conflicts", "Compare every stated figure of a metric with the others of its period: conflicts first")
        {
            db, metric, format, failOnConflict,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(db)!;
            var wanted = parseResult.GetValue(metric);
            if (!ComparisonInputs.TryLoad(loadClaims, path, wanted, error, "conflicts", out var claims, out var rates))
                return InputErrorExitCode;

            var report = new ComparisonEngine(rates).Compare(claims);
            PairReportWriter.Write(output, report, PairReportWriter.ParseFormat(parseResult.GetValue(format)!));
            return parseResult.GetValue(failOnConflict) && report.Count(PairStatus.Conflict) > 0 ? ConflictExitCode : 0;
        });
        return command;
    }
}

/// <summary>Reading what both comparison commands need, with one-line errors naming the file.</summary>
internal static class ComparisonInputs
{
    public static bool TryLoad(
        Func<string, string?, IReadOnlyList<StoredClaim>> loadClaims,
        string databasePath,
        string? metric,
        TextWriter error,
        string commandName,
        out IReadOnlyList<StoredClaim> claims,
        out CurrencyRates rates)
    {
        claims = [];
        rates = null!;
        if (!File.Exists(databasePath))
        {
            error.WriteLine($"claims {commandName}: {databasePath}: no such ledger file");
            return false;
        }
        try
        {
            var wantedKey = metric is null ? null : ComparisonEngine.MetricKey(metric);
            claims = loadClaims(databasePath, metric)
                .Where(c => wantedKey is null || ComparisonEngine.MetricKey(c.Claim.Metric) == wantedKey)
                .ToList();
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            error.WriteLine($"claims {commandName}: {databasePath}: {problem.Message}");
            return false;
        }
        try
        {
            rates = CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data"));
        }
        catch (Exception problem) when (problem is IOException or InvalidDataException)
        {
            error.WriteLine($"claims {commandName}: {problem.Message}");
            return false;
        }
        return true;
    }
}
