namespace ClaimsLedger.Report;

/// <param name="Metric">Only this metric (by name or catalogue alias, any case); all when null.</param>
/// <param name="Title">What the page calls the ledger (its file name).</param>
public sealed record ReportOptions(string? Metric, string Title);

/// <summary>What was written: the file, its size, and what it holds.</summary>
public sealed record ReportResult(string Path, long Bytes, long Claims, int Metrics, int Documents, long Conflicts);
