using System.CommandLine;
using System.CommandLine.Invocation;
using System.Data.Common;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// Wraps a command's action so that a ledger the database cannot read (damaged pages, a file that changed underneath, a
/// server gone away) ends in one
/// line naming the ledger and exit code 2, never a stack trace.
/// </summary>
internal sealed class LedgerFaultGuard(SynchronousCommandLineAction inner) : SynchronousCommandLineAction
{
    public static void Protect(Command command)
    {
        if (command.Action is SynchronousCommandLineAction action)
        {
            command.Action = new LedgerFaultGuard(action);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        try
        {
            return inner.Invoke(parseResult);
        }
        catch (DbException e)
        {
            var db = LedgerOptions.DisplayName(parseResult.GetValue<string>("--db") ?? LedgerOptions.DefaultTarget);
            parseResult.InvocationConfiguration.Error.WriteLine($"{db}: cannot read the ledger ({e.Message})");
            return ExitCodes.CannotRun;
        }
    }
}
