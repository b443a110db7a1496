using System.Data.Common;

namespace ClaimsLedger.Ledger;

/// <summary>
/// How the ledger's writers run: each unit of work (a document, a catalogue import) in one transaction of the
/// dialect's write kind, retried from the start when a concurrent writer made it fail (a serialisation failure, a
/// deadlock, a key the other writer inserted first), so such a conflict never reaches the user.
/// </summary>
internal static class LedgerTransactions
{
    /// <summary>Attempts before a conflict that keeps recurring is reported after all.</summary>
    public const int MaxAttempts = 100;

    public static T Write<T>(DbConnection connection, Func<DbTransaction, T> work)
    {
        var dialect = LedgerDialect.Of(connection);
        for (var attempt = 1; ; attempt++)
        {
            var transaction = dialect.BeginWrite(connection);
            try
            {
                var result = work(transaction);
                transaction.Commit();
                return result;
            }
            catch (Exception e) when (attempt < MaxAttempts && dialect.IsTransient(e))
            {
                transaction.Rollback();
            }
            finally
            {
                transaction.Dispose();
            }
            // A short random pause, growing with the attempts, so that the writers that collided do not collide again.
            Thread.Sleep(Random.Shared.Next(0, 2 + 2 * Math.Min(attempt, 25)));
        }
    }
}
