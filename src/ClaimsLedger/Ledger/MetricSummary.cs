namespace ClaimsLedger.Ledger;

/// <summary>One metric of the ledger (aliases folded into their catalogue name) and how much is said about it.</summary>
public sealed record MetricSummary(string Name, int Claims, int Documents, int Periods);
