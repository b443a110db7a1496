namespace ClaimsLedger.Model;

/// <summary>A claim as read back from the ledger, with its id and the document facts a report needs.</summary>
/// <param name="Id">claims.id in the ledger; the `id` key of exports.</param>
/// <param name="DocumentId">documents.id.</param>
/// <param name="DocumentFile">File name of the document (the `doc` key of exports).</param>
/// <param name="Sentence">The text of the claim's sentence (stored text [SentenceStart, SentenceEnd)).</param>
public sealed record StoredClaim(
    long Id,
    long DocumentId,
    string DocumentFile,
    string? Title,
    DateOnly? EventDate,
    string Sentence,
    Claim Claim)
{
    /// <summary>Who published the document (documents.source).</summary>
    public string? Source { get; init; }

    /// <summary>The document's address (documents.url).</summary>
    public string? Url { get; init; }

    /// <summary>When the document was published (documents.published_date).</summary>
    public DateOnly? PublishedDate { get; init; }

    /// <summary>The latest fact-check of the claim (`claims check`), if any.</summary>
    public FactCheck? Check { get; init; }
}
