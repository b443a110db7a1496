using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Export;

/// <summary>
/// The rows of `claims export`: the claims of current documents, metric by metric (metric key in ordinal order, then
/// period start with undated first, then id), each with its corroboration (independent sources, conflicting claims),
/// computed one metric at a time so that memory stays bounded by the largest metric, not the ledger; every claim with its sentence.
/// </summary>
public static class ClaimExport
{
    /// <summary>How many of the claims a claim conflicts with an export names (`conflicts_with`) unless told otherwise;
    /// `conflicts_count` counts them all, and `claims conflicts` lists every pair.</summary>
    public const int DefaultMaxConflictIds = ClaimIdList.DefaultMax;

    /// <remarks>A ledger file is read over two connections: one streams the claims, the other, on its own thread, the
    /// sentences the comparison needs.</remarks>
    public static IEnumerable<CorroboratedClaim> Rows(LedgerDatabase ledger, string? metric, CurrencyRates rates) =>
        Rows(ledger, metric, new ComparisonEngine(rates));

    /// <param name="engine">Compares each metric; its <see cref="ComparisonEngine.DegenerateGroups"/> name the groups too large to compare claim by claim.</param>
    /// <param name="maxConflictIds">Each row's <see cref="ClaimCorroboration.ConflictsWith"/> is cut to this many ids.</param>
    public static IEnumerable<CorroboratedClaim> Rows(LedgerDatabase ledger, string? metric, ComparisonEngine engine,
        int maxConflictIds = DefaultMaxConflictIds)
    {
        using var sentences = ledger.ClaimStream.OpenSentenceReader();
        var rows = CorroborationStream.Corroborate(
            ledger.ClaimStream.MetricBlocks(metric, ComparisonEngine.MetricKey),
            engine,
            sentences is null ? ledger.ClaimStream.WithSentences : sentences.WithSentences,
            withSentencesOnOwnThread: sentences is not null, everySentence: true);
        foreach (var row in rows)
            yield return row with { Corroboration = row.Corroboration.WithConflictIdsAtMost(maxConflictIds) };
    }
}
