namespace ClaimsLedger.Model;

/// <summary>A fact-check of one claim (`claims check`): the verdict, why, where it is published, by whom, when (ISO 8601 UTC).</summary>
public sealed record FactCheck(long Id, long ClaimId, string Verdict, string? Note, string? Url, string? CheckedBy, string CheckedAt)
{
    /// <summary>The verdicts a check may give, in the order of their rating (best first; unverifiable is not rated).</summary>
    public static IReadOnlyList<string> Verdicts { get; } = ["true", "misleading", "false", "unverifiable"];
}
