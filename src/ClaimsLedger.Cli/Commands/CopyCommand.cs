using System.CommandLine;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims copy --from A --to B`: a whole ledger into a new one, between SQLite files and PostgreSQL databases in either
/// direction, verified after the copy. Exits non-zero, naming the problem, when the copy does not verify.
/// </summary>
internal static class CopyCommand
{
    public static Command Create(CliServices services)
    {
        var from = new Option<string>("--from") { Description = "The ledger to copy: an SQLite file or a PostgreSQL database, as for --db", Required = true };
        var to = new Option<string>("--to") { Description = "An empty or new ledger to copy into, on either back end", Required = true };
        var command = new Command("copy", "Copy a whole ledger between SQLite and PostgreSQL (either way) and verify the copy") { from, to };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var fromPath = parse.GetValue(from)!;
            var toPath = parse.GetValue(to)!;
            if ((EmptyName(fromPath, "--from") ?? EmptyName(toPath, "--to")) is { } empty)
            {
                error.WriteLine(empty);
                return ExitCodes.CannotRun;
            }
            if (LedgerOptions.IsMissingFile(fromPath))
            {
                error.WriteLine($"{fromPath}: no such ledger");
                return ExitCodes.CannotRun;
            }
            CopyReport report;
            try
            {
                using var source = LedgerDatabase.Open(fromPath, create: false);
                using var target = LedgerDatabase.Open(toPath);
                report = LedgerCopier.Copy(source, target);
                output.WriteLine($"copied {source.Path} to {target.Path}: " +
                    string.Join(", ", report.Tables.Select(t => $"{t.Rows} {t.Table}")));
            }
            catch (LedgerException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.CannotRun;
            }
            return VerificationText.Write(output, report.Verification, counts => $"copy verified: {counts}", "copy");
        });
        return command;
    }

    /// <summary>The one-line error for an empty ledger name given to <paramref name="option"/> (the ledger layer would blame --db).</summary>
    private static string? EmptyName(string target, string option) => target.Length == 0 ? $"{option}: the file name is empty" : null;
}
