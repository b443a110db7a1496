using System.CommandLine;
using System.Globalization;
using ClaimsLedger.Ingest;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims ingest PATH...`: reads files, folders (recursively) and standard input ("-") into the ledger, one line per
/// file and a summary.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliServices services)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files (.txt, .html, .pdf, .docx, .md, or any by content), folders of them, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = LedgerOptions.Database();
        var title = new Option<string?>("--title") { Description = "Title for every document (instead of its first line)" };
        var eventDate = new EventDateOption("Date of the event, YYYY-MM-DD (instead of the one in the text)");
        var source = new Option<string?>("--source") { Description = "Who published the documents" };
        var url = new Option<string?>("--url") { Description = "The address the documents were published at" };
        var metadata = new Option<string?>("--metadata")
        {
            Description = "CSV or TSV with a header naming any of file,title,event_date,published,source,url: one row per file",
        };
        var maxSize = new Option<int>("--max-size-mb")
        {
            Description = "Refuse files larger than this many MiB",
            DefaultValueFactory = _ => (int)(SourceFileReader.DefaultMaxBytes / (1024 * 1024)),
        };
        var timeout = new Option<int>("--timeout-seconds")
        {
            Description = "Skip a file whose extraction takes longer than this",
            DefaultValueFactory = _ => (int)IngestOptions.DefaultExtractionTimeout.TotalSeconds,
        };
        var maxNumbers = new Option<int>("--max-numbers")
        {
            Description = "Skip a file holding more numbers than this (a bound on extraction work, the same on any machine)",
            DefaultValueFactory = _ => ExtractionBudget.DefaultMaxNumbers,
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Files extracted at once (one writer stores them in input order)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("ingest", "Extract the claims of transcripts into the ledger")
        {
            paths, database, title, eventDate.Option, source, url, metadata, maxSize, timeout, maxNumbers, jobs,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!eventDate.TryRead(parse, error, out var date))
                return ExitCodes.CannotRun;
            if (OutOfRange(error, ("--max-size-mb", parse.GetValue(maxSize), MaxFileMegabytes),
                    ("--timeout-seconds", parse.GetValue(timeout), MaxTimeoutSeconds), ("--max-numbers", parse.GetValue(maxNumbers), int.MaxValue),
                    ("--jobs", parse.GetValue(jobs), MaxJobs)))
                return ExitCodes.CannotRun;
            MetadataTable? table = null;
            if (parse.GetValue(metadata) is { } metadataPath)
            {
                try
                {
                    table = MetadataTable.Load(metadataPath);
                }
                catch (FormatException e)
                {
                    error.WriteLine(e.Message);
                    return ExitCodes.CannotRun;
                }
            }
            using var ledger = LedgerAccess.Open(parse, database, services, create: true);
            if (ledger is null)
                return ExitCodes.CannotRun;

            var options = new IngestOptions(parse.GetValue(title), date, parse.GetValue(source), parse.GetValue(maxSize) * 1024L * 1024,
                TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(url), parse.GetValue(maxNumbers), table, services.OpenStandardInput);
            var pipeline = new IngestPipeline(ledger, services.CreateExtractor(services.DataDirectory));
            var result = pipeline.Run(parse.GetValue(paths) ?? [], options, outcome => Report(outcome, output, error), parse.GetValue(jobs));
            var skipped = result.Skipped > 0 ? $"skipped: {result.Skipped}, " : "";
            output.WriteLine(
                $"documents added: {result.Added} (new revisions: {result.Revised}), unchanged: {result.Unchanged}, {skipped}failed: {result.Failed}; claims added: {result.ClaimsAdded}");
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Problems;
        });
        return command;
    }

    /// <summary>A file is read whole into memory (at most 2 GiB); waits are in milliseconds of an int (24 days); a thread per job.</summary>
    private const int MaxFileMegabytes = 2047, MaxTimeoutSeconds = int.MaxValue / 1000, MaxJobs = 256;

    /// <summary>One line for the first option outside 1..its maximum.</summary>
    private static bool OutOfRange(TextWriter error, params (string Name, int Value, int Max)[] options)
    {
        foreach (var (name, value, max) in options)
        {
            if (value >= 1 && value <= max)
                continue;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} is out of range (1 to {max})"));
            return true;
        }
        return false;
    }

    private static void Report(IngestFileOutcome outcome, TextWriter output, TextWriter error)
    {
        switch (outcome.Status)
        {
            case IngestStatus.Failed:
                output.WriteLine($"failed     {ClaimText.Field(outcome.Message)}");
                break;
            case IngestStatus.Skipped:
                output.WriteLine($"skipped    {ClaimText.Field(outcome.Path)}: {ClaimText.Field(outcome.Message)}");
                break;
            case IngestStatus.Unchanged:
                output.WriteLine($"unchanged  {ClaimText.Field(outcome.Path)}: {ClaimText.Field(outcome.Message)}");
                break;
            default:
                var verb = outcome.Status == IngestStatus.Added ? "added" : "revised";
                output.WriteLine($"{verb,-10} {ClaimText.Field(outcome.Path)}: document {outcome.DocumentId}, {outcome.ClaimsAdded} claims");
                break;
        }
        foreach (var warning in outcome.Warnings)
            error.WriteLine($"warning: {ClaimText.Field(warning)}");
    }
}
