using ClaimsLedger.Ledger;

namespace ClaimsLedger.Ingest;

/// <summary>What re-reading one stored document did: its replacement, or why it failed (then it is left as it was).</summary>
public sealed record ReextractOutcome(StoredDocument Document, ReplaceOutcome? Replaced, string? Failure);
