namespace ClaimsLedger.Model;

/// <summary>What extraction made of one document: its sentences (with speakers) and its claims, ready to store.</summary>
public sealed record ExtractedDocument(
    SourceDocument Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<string> Warnings);
