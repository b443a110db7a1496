namespace ClaimsLedger.Ledger;

/// <summary>What <see cref="LedgerVerifier"/> checked and every problem it found (one line each).</summary>
public sealed record VerificationReport(int Documents, int Sentences, int Claims, IReadOnlyList<string> Problems)
{
    public bool IsClean => Problems.Count == 0;
}
