using ClaimsLedger.Model;
using Dapper;
using System.Data.Common;

namespace ClaimsLedger.Ledger;

/// <summary>Fact-checks of claims (table checks): every check is kept; the latest (highest id) per claim is its verdict.</summary>
public sealed class CheckStore
{
    private readonly DbConnection connection;
    private readonly TimeProvider clock;

    internal CheckStore(DbConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
    }

    private const string SelectSql = """
        SELECT id AS Id, claim_id AS ClaimId, verdict AS Verdict, note AS Note, url AS Url, checked_by AS CheckedBy, checked_at AS CheckedAt
        FROM checks
        """;

    /// <summary>Records a check of a claim; null when the ledger has no such claim.</summary>
    public FactCheck? Add(long claimId, string verdict, string? note, string? url, string? checkedBy)
    {
        if (!FactCheck.Verdicts.Contains(verdict))
            throw new ArgumentException($"unknown verdict '{verdict}'", nameof(verdict));
        const string InsertSql = """
            INSERT INTO checks (claim_id, verdict, note, url, checked_by, checked_at)
            SELECT @claimId, @verdict, @note, @url, @checkedBy, @checkedAt WHERE EXISTS (SELECT 1 FROM claims WHERE id = @claimId)
            RETURNING id
            """;
        var checkedAt = IsoTime.Format(clock.GetUtcNow());
        var id = LedgerTransactions.Write(connection,
            transaction => connection.ExecuteScalar<long?>(InsertSql, new { claimId, verdict, note, url, checkedBy, checkedAt }, transaction));
        return id is { } added ? new FactCheck(added, claimId, verdict, note, url, checkedBy, checkedAt) : null;
    }

    /// <summary>Every check of a claim, oldest first.</summary>
    public IReadOnlyList<FactCheck> History(long claimId) =>
        connection.Query<FactCheck>($"{SelectSql} WHERE claim_id = @claimId ORDER BY id", new { claimId }).ToList();

    /// <summary>The latest check of every checked claim, by claim id (checks are few next to claims: read at once).</summary>
    public Dictionary<long, FactCheck> Latest() => Latest(connection);

    internal static FactCheck? LatestOf(DbConnection connection, long claimId) =>
        connection.QuerySingleOrDefault<FactCheck>($"{SelectSql} WHERE claim_id = @claimId ORDER BY id DESC LIMIT 1", new { claimId });

    internal static Dictionary<long, FactCheck> Latest(DbConnection connection, DbTransaction? transaction = null) =>
        connection.Query<FactCheck>($"{SelectSql} WHERE id IN (SELECT max(id) FROM checks GROUP BY claim_id)", transaction: transaction)
            .ToDictionary(c => c.ClaimId);
}
