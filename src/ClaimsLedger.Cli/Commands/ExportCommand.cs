using System.CommandLine;
using ClaimsLedger.Comparison;
using ClaimsLedger.Export;
using ClaimsLedger.Files;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims export --format jsonl|json|csv|md [--metric M] [--out FILE] [--excel] [--conflict-ids N]`: the claims of current documents, to a file or the output.</summary>
internal static class ExportCommand
{
    public static Command Create(CliServices services)
    {
        var database = LedgerOptions.Database();
        var format = new Option<string>("--format", "-f") { Description = "jsonl, json (one array), csv, md or claimreview (schema.org JSON-LD of checked claims)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong([.. ExportFormat.Names]);
        var metric = LedgerOptions.Metric("Only this metric (by name or alias)");
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to this file instead of the output" };
        var excel = new Option<bool>("--excel") { Description = "CSV for Excel: start with a UTF-8 byte order mark so that Excel decodes UTF-8" };
        var conflictIds = new Option<int>("--conflict-ids")
        {
            Description = "Name at most this many of the claims each claim conflicts with (conflicts_with; conflicts_count counts them all)",
            DefaultValueFactory = _ => ClaimExport.DefaultMaxConflictIds,
        };
        var filters = new FilterOptions();
        var command = new Command("export", "Export claims as JSON Lines, JSON, CSV or Markdown") { database, format, metric, outFile, excel, conflictIds };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            if (filters.Read(parse, parse.InvocationConfiguration.Error) is not { } filter)
                return ExitCodes.CannotRun;
            if (parse.GetValue(conflictIds) < 0)
            {
                parse.InvocationConfiguration.Error.WriteLine("--conflict-ids: must be 0 or more");
                return ExitCodes.CannotRun;
            }
            // The output file is checked (and its temporary file made) before anything is read: never onto the ledger.
            using var file = OpenOutput(parse, outFile, database);
            if (parse.GetValue(outFile) is not null && file is null)
                return ExitCodes.CannotRun;
            using var ledger = LedgerAccess.Open(parse, database, services, create: false);
            if (ledger is null)
                return ExitCodes.CannotRun;
            var write = ExportFormat.WriterFor(parse.GetValue(format)!, parse.GetValue(excel))!;
            CurrencyRates rates;
            try
            {
                rates = CurrencyRates.LoadFromDataDirectory(services.DataDirectory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                // The export still works without rates: figures in different currencies are then not compared.
                parse.InvocationConfiguration.Error.WriteLine($"warning: {e.Message}; figures in different currencies not compared");
                rates = new CurrencyRates([]);
            }
            var written = 0L;
            var engine = new ComparisonEngine(rates);
            var rows = ClaimExport.Rows(ledger, parse.GetValue(metric), engine, parse.GetValue(conflictIds));
            var claims = (filter.IsEmpty ? rows : rows.Where(row => filter.Matches(row.Stored))).Select(row =>
            {
                written++;
                return row;
            });
            if (file is null || parse.GetValue(outFile) is not { } path)
            {
                write(claims, parse.InvocationConfiguration.Output);
                ComparisonInputs.WarnOfDegenerateGroups(engine, parse.InvocationConfiguration.Error);
                return ExitCodes.Success;
            }
            try
            {
                write(claims, file.Writer);
                file.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e is OutputFileException ? e.Message : $"{path}: cannot write ({e.Message})");
                return ExitCodes.CannotRun;
            }
            ComparisonInputs.WarnOfDegenerateGroups(engine, parse.InvocationConfiguration.Error);
            parse.InvocationConfiguration.Output.WriteLine($"{written} claims written to {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static OutputFile? OpenOutput(ParseResult parse, Option<string?> outFile, Option<string> database)
    {
        if (parse.GetValue(outFile) is not { } path)
            return null;
        try
        {
            return OutputFile.Create(path, LedgerDatabase.FilesOf(parse.GetValue(database) ?? LedgerOptions.DefaultTarget));
        }
        catch (OutputFileException e)
        {
            parse.InvocationConfiguration.Error.WriteLine(e.Message);
            return null;
        }
    }
}
