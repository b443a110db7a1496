namespace ClaimsLedger.Ingest;

public enum IngestStatus
{
    Added,
    Revised,
    Unchanged,
    Failed,
}

/// <summary>What happened to one file. <see cref="Message"/> is the one-line error of a failed file.</summary>
public sealed record IngestFileOutcome(
    string Path,
    IngestStatus Status,
    long? DocumentId,
    int ClaimsAdded,
    IReadOnlyList<string> Warnings,
    string? Message);
