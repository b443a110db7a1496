using System.CommandLine;
using ClaimsLedger.Export;
using ClaimsLedger.Files;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims datasette-metadata [--db FILE] [--out FILE]`: metadata.json for browsing the ledger with Datasette (descriptions
/// of its tables, views and columns, facets, label columns; from data/datasette-metadata.json), keyed by the name Datasette
/// gives the file. Opening the ledger brings it to this program's schema, so the views it describes are there.
/// </summary>
internal static class DatasetteMetadataCommand
{
    public static Command Create(CliServices services)
    {
        var database = LedgerOptions.Database();
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to this file instead of the output" };
        var command = new Command("datasette-metadata", "Write metadata.json for `datasette LEDGER --metadata metadata.json` (Datasette is optional)")
        {
            database, outFile,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var target = parse.GetValue(database) ?? LedgerOptions.DefaultTarget;
            if (!LedgerOptions.IsMissingFile(target) && LedgerTarget.Parse(target).IsPostgres)
            {
                error.WriteLine($"claims datasette-metadata: {LedgerOptions.DisplayName(target)}: Datasette reads SQLite files; "
                    + "copy the ledger into one first (claims copy --from LEDGER --to claims.db)");
                return ExitCodes.CannotRun;
            }
            string metadata;
            try
            {
                var template = Path.Combine(services.DataDirectory, DatasetteMetadata.TemplateFileName);
                metadata = DatasetteMetadata.For(template, DatasetteMetadata.DatabaseName(target));
            }
            catch (InvalidDataException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.CannotRun;
            }
            using (var ledger = LedgerAccess.Open(parse, database, services, create: false))
            {
                if (ledger is null)
                    return ExitCodes.CannotRun;
            }
            if (parse.GetValue(outFile) is not { } path)
            {
                parse.InvocationConfiguration.Output.Write(metadata);
                return ExitCodes.Success;
            }
            try
            {
                using var file = OutputFile.Create(path, LedgerDatabase.FilesOf(target));
                file.Writer.Write(metadata);
                file.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e is OutputFileException ? e.Message : $"{path}: cannot write ({e.Message})");
                return ExitCodes.CannotRun;
            }
            parse.InvocationConfiguration.Output.WriteLine($"Datasette metadata written to {path}; browse with: datasette {target} --metadata {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
