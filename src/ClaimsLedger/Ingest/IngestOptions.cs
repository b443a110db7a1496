namespace ClaimsLedger.Ingest;

/// <summary>What the command line says about the documents (overriding their headers) and how much to accept.</summary>
/// <param name="MaxFileBytes">Larger files are refused before they are read.</param>
/// <param name="Url">The address of every document read (`--url`).</param>
/// <param name="ExtractionTimeout">A document whose extraction takes longer fails instead of stalling the run (default 2 minutes).</param>
/// <param name="MaxNumbers">A document holding more numbers fails before extraction (<see cref="ExtractionBudget"/>).</param>
/// <param name="Metadata">Per-file title, dates, source and URL (`--metadata FILE.csv`), winning over what the files say.</param>
/// <param name="StandardInput">Opens standard input, for the path "-".</param>
public sealed record IngestOptions(
    string? Title = null,
    DateOnly? EventDate = null,
    string? Source = null,
    long MaxFileBytes = SourceFileReader.DefaultMaxBytes,
    TimeSpan? ExtractionTimeout = null,
    string? Url = null,
    int MaxNumbers = ExtractionBudget.DefaultMaxNumbers,
    MetadataTable? Metadata = null,
    Func<Stream>? StandardInput = null)
{
    public static readonly TimeSpan DefaultExtractionTimeout = TimeSpan.FromMinutes(2);
}
