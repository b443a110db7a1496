namespace ClaimsLedger.Ledger;

/// <summary>A document row: the stored text and what is known about it; superseded when a later revision of its path exists.</summary>
public sealed record StoredDocument(
    long Id,
    string Path,
    string FileName,
    string? Title,
    string? Source,
    DateOnly? EventDate,
    DateOnly? PublishedDate,
    string Sha256,
    string Text,
    string IngestedAt,
    int Revision,
    long? SupersededBy)
{
    /// <summary>The document's address (`claims ingest --url`, or an HTML page's canonical URL).</summary>
    public string? Url { get; init; }

    public bool IsSuperseded => SupersededBy is not null;

    /// <summary>Hex SHA-256 of the original bytes (null for documents stored before the ledger kept it).</summary>
    public string? OriginalSha256 { get; init; }

    /// <summary>Media type of the original ("text/html", "application/pdf", ...).</summary>
    public string? MediaType { get; init; }

    /// <summary>The author its metadata names.</summary>
    public string? Author { get; init; }
}
