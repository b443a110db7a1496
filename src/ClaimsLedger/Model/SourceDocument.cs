namespace ClaimsLedger.Model;

/// <summary>One ingested text, stored exactly as read (after decoding), with what its text says about it.</summary>
/// <param name="Path">Where it was read from (as given on the command line).</param>
/// <param name="FileName">File name without folder; the `doc` key of exports.</param>
/// <param name="Text">The full text as stored; every offset in the ledger points into it (UTF-16 code units).</param>
/// <param name="Sha256">Hex SHA-256 of <see cref="Text"/> encoded as UTF-8.</param>
public sealed record SourceDocument(
    string Path,
    string FileName,
    string Text,
    string Sha256,
    string? Title,
    DateOnly? EventDate,
    DateOnly? PublishedDate,
    string? Source)
{
    /// <summary>The original's address: a page's canonical URL, or the one given for the file (`claims ingest --url`).</summary>
    public string? Url { get; init; }
}
