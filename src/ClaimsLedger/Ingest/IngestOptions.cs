namespace ClaimsLedger.Ingest;

/// <summary>What the command line says about the documents (overriding their headers) and how much to accept.</summary>
public sealed record IngestOptions(
    string? Title = null,
    DateOnly? EventDate = null,
    string? Source = null,
    long MaxFileBytes = SourceFileReader.DefaultMaxBytes);
