using System.CommandLine;
using ClaimsLedger.Cli.Commands;

namespace ClaimsLedger.Cli;

/// <summary>The `claims` executable: parses the command line and hands over to Commands/*. Tests build the same root command.</summary>
public static class Program
{
    public static int Main(string[] args) => BuildRootCommand(CliServices.Default).Parse(args).Invoke();

    public static RootCommand BuildRootCommand(CliServices services)
    {
        var root = new RootCommand("ClaimsLedger: extract the statistical claims of transcripts into a ledger with exact provenance.");
        root.Subcommands.Add(IngestCommand.Create(services));
        root.Subcommands.Add(QueryCommand.Create(services));
        root.Subcommands.Add(MetricsCommand.Create(services));
        root.Subcommands.Add(ShowCommand.Create(services));
        root.Subcommands.Add(ExportCommand.Create(services));
        root.Subcommands.Add(VerifyCommand.Create(services));
        root.Subcommands.Add(CheckCommand.Create(services));
        root.Subcommands.Add(ReextractCommand.Create(services));
        root.Subcommands.Add(CopyCommand.Create(services));
        root.Subcommands.Add(ConflictsCommand.CreateStreamed(OpenClaims));
        root.Subcommands.Add(CompareCommand.Create(LoadClaims));
        root.Subcommands.Add(ReportCommand.Create(services));
        root.Subcommands.Add(ExplainCommand.Create(services));
        root.Subcommands.Add(DatasetteMetadataCommand.Create(services));
        foreach (var command in root.Subcommands)
        {
            CommandFaultGuard.Protect(command);
        }

        return root;
    }

    /// <summary>The current (not superseded) claims of a ledger, for one metric or all, read metric by metric; disposing them closes the ledger.</summary>
    private static Comparison.ClaimBlocks OpenClaims(string path, string? metric)
    {
        var ledger = Ledger.LedgerDatabase.Open(path, create: false);
        ledger.ReadFromOneSnapshot();
        return Comparison.ClaimBlocks.Of(ledger, metric, ownsLedger: true);
    }

    /// <summary>The current (not superseded) claims of a ledger, for one metric or all.</summary>
    private static IReadOnlyList<Model.StoredClaim> LoadClaims(string path, string? metric)
    {
        using var ledger = Ledger.LedgerDatabase.Open(path, create: false);
        ledger.ReadFromOneSnapshot();
        return ledger.Claims.Query(metric);
    }
}
