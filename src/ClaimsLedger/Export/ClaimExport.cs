using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Export;

/// <summary>
/// The rows of `claims export`: the claims of current documents, metric by metric (metric key in ordinal order, then
/// period start with undated first, then id), each with its corroboration (independent sources, conflicting claims),
/// computed one metric at a time so that memory stays bounded by the largest metric, not the ledger.
/// </summary>
public static class ClaimExport
{
    public static IEnumerable<CorroboratedClaim> Rows(LedgerDatabase ledger, string? metric, CurrencyRates rates) =>
        CorroborationStream.Corroborate(
            ledger.ClaimStream.MetricBlocks(metric, ComparisonEngine.MetricKey),
            new ComparisonEngine(rates),
            ledger.ClaimStream.WithSentences);
}
