namespace ClaimsLedger.Ledger;

/// <summary>One row of claim_pairs: two claims (<see cref="A"/> the lower id), what they say to each other and why.</summary>
public sealed record StoredPair(long A, long B, string Status, string Reason);
