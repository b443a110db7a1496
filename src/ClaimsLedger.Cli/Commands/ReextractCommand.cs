using System.CommandLine;
using ClaimsLedger.Ingest;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims reextract [--db PATH] [--id N ...]`: reads the ledger's current documents again, from the text the ledger
/// stores, with the current extractor and catalogues (after an upgrade, or an edit of data/), and replaces their claims.
/// Each document is replaced whole or not at all; its id, revision and provenance stay, earlier revisions are untouched,
/// and fact-checks move to the new claim of the same figure.
/// </summary>
internal static class ReextractCommand
{
    public static Command Create(CliServices services)
    {
        var database = LedgerOptions.Database();
        var ids = new Option<long[]>("--id") { Description = "Only these documents (ids from show or export); default: every current document", AllowMultipleArgumentsPerToken = true };
        var command = new Command("reextract", "Read the stored documents again with the current extractor and catalogues, replacing their claims")
        {
            database, ids,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            using var ledger = LedgerAccess.Open(parse, database, services, create: false, writes: true);
            if (ledger is null)
                return ExitCodes.CannotRun;
            var current = ledger.Documents.CurrentIds().ToHashSet();
            var asked = parse.GetValue(ids) is { Length: > 0 } given ? given : [.. current];
            if (asked.FirstOrDefault(id => !current.Contains(id)) is var missing and > 0)
            {
                error.WriteLine($"document {missing}: not a current document of {ledger.Path}");
                return ExitCodes.CannotRun;
            }

            var pipeline = new IngestPipeline(ledger, services.CreateExtractor(services.DataDirectory));
            var (replaced, kept, failed, before, after) = (0, 0, 0, 0L, 0L);
            foreach (var id in asked)
            {
                var outcome = pipeline.Reextract(id);
                if (outcome.Failure is { } failure)
                {
                    failed++;
                    error.WriteLine(failure);
                }
                else if (outcome.Replaced is { Replaced: false } left)
                {
                    kept++;
                    error.WriteLine($"{outcome.Document.Path}: kept as it was: {left.KeptBecause}");
                }
                else if (outcome.Replaced is { } done)
                {
                    replaced++;
                    (before, after) = (before + done.ClaimsBefore, after + done.ClaimsAfter);
                }
            }

            output.WriteLine($"documents re-read: {replaced}, kept as they were: {kept}, failed: {failed}; claims: {after} (were {before})");
            return kept + failed == 0 ? ExitCodes.Success : ExitCodes.Problems;
        });
        return command;
    }
}
