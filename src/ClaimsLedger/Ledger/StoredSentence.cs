namespace ClaimsLedger.Ledger;

/// <summary>A sentence row: half-open [Start, End) into its document's text.</summary>
public sealed record StoredSentence(long Id, long DocumentId, int Start, int End, string? Speaker)
{
    /// <summary>Where in the original it came from ("page 4", "paragraph 3, /html/body/article/p[2]"); null for plain text.</summary>
    public string? Location { get; init; }
}
