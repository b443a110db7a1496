namespace ClaimsLedger.Ingest;

public enum IngestStatus
{
    Added,
    Revised,
    Unchanged,
    Failed,

    /// <summary>A file found in a folder that is not a document of a format ingest reads (<see cref="IngestFileOutcome.Message"/> says why).</summary>
    Skipped,
}

/// <summary>What happened to one file. <see cref="Message"/> is the one-line error of a failed file, or why a file was skipped.</summary>
public sealed record IngestFileOutcome(
    string Path,
    IngestStatus Status,
    long? DocumentId,
    int ClaimsAdded,
    IReadOnlyList<string> Warnings,
    string? Message);
