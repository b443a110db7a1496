namespace ClaimsLedger.Ledger;

/// <summary>What re-reading one stored document did (<see cref="DocumentStore.Replace"/>).</summary>
/// <param name="Replaced">False when the document was left as it was; <paramref name="KeptBecause"/> says why.</param>
/// <param name="ClaimsBefore">Its claims before.</param>
/// <param name="ClaimsAfter">Its claims in the new extraction.</param>
public sealed record ReplaceOutcome(bool Replaced, long ClaimsBefore, long ClaimsAfter, string? KeptBecause);
