using System.CommandLine;
using ClaimsLedger.Comparison;
using ClaimsLedger.Report;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims report [--metric M] [--out report.html]`: one self-contained HTML file with an overview, the conflicts, and a
/// timeline and table per metric. Exit code 2 when the ledger, the rates or the output file cannot be used.
/// </summary>
internal static class ReportCommand
{
    public const string DefaultOutput = "report.html";

    public static Command Create(CliServices services)
    {
        var database = LedgerOptions.Database();
        var metric = LedgerOptions.Metric("Only this metric (by name or alias)");
        var outFile = new Option<string>("--out", "-o") { Description = "The HTML file to write", DefaultValueFactory = _ => DefaultOutput };
        var command = new Command("report", "Write one self-contained HTML report: timelines per metric, conflicts first")
        {
            database, metric, outFile,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var ledger = LedgerAccess.Open(parse, database, services, create: false);
            if (ledger is null)
                return ExitCodes.CannotRun;
            CurrencyRates rates;
            try
            {
                rates = CurrencyRates.LoadFromDataDirectory(services.DataDirectory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                error.WriteLine($"claims report: {e.Message}");
                return ExitCodes.CannotRun;
            }
            var path = parse.GetValue(outFile)!;
            ReportResult? result;
            try
            {
                result = HtmlReport.Write(ledger, rates, new ReportOptions(parse.GetValue(metric), Path.GetFileName(ledger.Path)), path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: cannot write the report ({e.Message})");
                return ExitCodes.CannotRun;
            }
            if (result is null)
            {
                error.WriteLine($"claims report: no claims for metric '{parse.GetValue(metric)}' (see: claims metrics)");
                return ExitCodes.CannotRun;
            }
            parse.InvocationConfiguration.Output.WriteLine(
                $"{result.Claims} claims of {result.Metrics} metrics from {result.Documents} documents ({result.Conflicts} conflicting pairs) "
                + $"written to {path} ({result.Bytes / 1024.0:0.#} KB)");
            return ExitCodes.Success;
        });
        return command;
    }
}
