namespace ClaimsLedger.Segmentation;

/// <summary>What the head of a document says about it: its title (first non-empty line) and dates.</summary>
public sealed record DocumentHeader(string? Title, DateOnly? EventDate, DateOnly? PublishedDate);
