using System.CommandLine;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>Opens the ledger a command names, turning every reason it cannot into one line on the error output.</summary>
internal static class LedgerAccess
{
    /// <param name="create">Ingest creates a missing ledger; the reading commands refuse one, and read it in one snapshot.</param>
    public static LedgerDatabase? Open(ParseResult parse, Option<string> database, CliServices services, bool create, bool writes = false)
    {
        var error = parse.InvocationConfiguration.Error;
        var path = parse.GetValue(database) ?? LedgerOptions.DefaultTarget;
        if (!create && LedgerOptions.IsMissingFile(path))
        {
            error.WriteLine($"{path}: no such ledger (make one with: claims ingest PATH --db {path})");
            return null;
        }
        LedgerDatabase ledger;
        try
        {
            ledger = LedgerDatabase.Open(path, create: create);
        }
        catch (LedgerException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
        if (File.Exists(services.MetricCatalogue))
        {
            try
            {
                ledger.Metrics.ImportCatalogue(services.MetricCatalogue);
            }
            catch (LedgerException e)
            {
                error.WriteLine($"warning: {e.Message}; metric aliases not updated");
            }
        }
        if (!create && !writes) // a command that only reads sees one snapshot; one that writes makes its own transaction
            ledger.ReadFromOneSnapshot();
        return ledger;
    }
}
