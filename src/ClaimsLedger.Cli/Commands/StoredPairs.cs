using System.Data.Common;
using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims conflicts --store`: the pairs of the run replace those of claim_pairs, with a line saying how many.</summary>
internal static class StoredPairs
{
    /// <summary>False (with a one-line error naming the ledger) when the ledger cannot be opened or written.</summary>
    public static bool TryReplace(string databasePath, PairsToStore pairs, TextWriter error)
    {
        try
        {
            using var ledger = LedgerDatabase.Open(databasePath, create: false);
            var stored = ledger.Pairs.Replace(pairs.Rows);
            error.WriteLine($"claims conflicts: {stored} pairs stored in claim_pairs of {ledger.Path} (replacing the pairs stored before)");
            return true;
        }
        catch (LedgerException problem)
        {
            error.WriteLine(problem.Message);
        }
        catch (DbException problem)
        {
            error.WriteLine($"claims conflicts --store: {LedgerOptions.DisplayName(databasePath)}: {problem.Message.Split('\n')[0].TrimEnd()}");
        }
        return false;
    }
}
