using System.CommandLine;
using System.CommandLine.Invocation;
using ClaimsLedger.Ledger;
using System.Data.Common;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// The one top-level handler every command's action runs in: whatever a command meets (a ledger SQLite cannot read, a
/// row that cannot be read back, an output that cannot be written, a full disk, anything unforeseen) ends in one line on
/// the error output and exit code 2, never a stack trace.
/// </summary>
internal sealed class CommandFaultGuard(string commandName, SynchronousCommandLineAction inner) : SynchronousCommandLineAction
{
    public static void Protect(Command command)
    {
        if (command.Action is SynchronousCommandLineAction action)
        {
            command.Action = new CommandFaultGuard(command.Name, action);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        try
        {
            return inner.Invoke(parseResult);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var db = LedgerOptions.DisplayName(parseResult.GetValue<string>("--db") ?? LedgerOptions.DefaultTarget);
            var line = Unwrap(e) switch
            {
                DbException database => $"{db}: cannot read the ledger ({database.Message})",
                LedgerException ledger => ledger.Message,
                IOException io => $"claims {commandName}: cannot read or write ({io.Message})",
                OutOfMemoryException => $"claims {commandName}: out of memory",
                var other => $"claims {commandName}: {other.Message} ({other.GetType().Name})",
            };
            try
            {
                parseResult.InvocationConfiguration.Error.WriteLine(ClaimText.Field(line));
                parseResult.InvocationConfiguration.Error.Flush();
            }
            catch (IOException)
            {
                // the error output itself cannot be written: the exit code still tells
            }
            return ExitCodes.CannotRun;
        }
    }

    /// <summary>The exception behind a wrapper thrown by a worker thread (Parallel.For, Task.WaitAll).</summary>
    private static Exception Unwrap(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
            e = aggregate.InnerExceptions[0];
        return e;
    }
}
