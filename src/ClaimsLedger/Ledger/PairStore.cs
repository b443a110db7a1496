using System.Data.Common;
using Dapper;

namespace ClaimsLedger.Ledger;

/// <summary>
/// The compared pairs of table claim_pairs, for SQL users and Datasette to facet on status (`claims conflicts --store`):
/// always one comparison's pairs, replaced as a whole in one transaction, so a reader sees the old set or the new one.
/// </summary>
public sealed class PairStore
{
    private static readonly string[] Columns = ["a", "b", "status", "reason", "compared_at"];

    private readonly DbConnection connection;
    private readonly TimeProvider clock;

    internal PairStore(DbConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
    }

    /// <summary>Deletes every stored pair and stores these (all with the time of this call); returns how many.</summary>
    /// <param name="pairs">Read once per attempt: a PostgreSQL transaction a concurrent writer made fail is run again.</param>
    public long Replace(Func<IEnumerable<StoredPair>> pairs)
    {
        var comparedAt = IsoTime.Format(clock.GetUtcNow());
        var dialect = LedgerDialect.Of(connection);
        return LedgerTransactions.Write(connection, transaction =>
        {
            connection.Execute("DELETE FROM claim_pairs", transaction: transaction);
            long stored = 0;
            using var sink = dialect.OpenRowSink(connection, transaction, "claim_pairs", Columns);
            var row = new object?[Columns.Length];
            foreach (var pair in pairs())
            {
                (row[0], row[1], row[2], row[3], row[4]) = (pair.A, pair.B, pair.Status, pair.Reason, comparedAt);
                sink.Add(row);
                stored++;
            }
            return stored;
        });
    }
}
