namespace ClaimsLedger.Ledger;

/// <summary>A sentence row: half-open [Start, End) into its document's text.</summary>
public sealed record StoredSentence(long Id, long DocumentId, int Start, int End, string? Speaker);
