using ClaimsLedger.Model;

namespace ClaimsLedger.Ingest;

/// <summary>
/// A file made ready to store by <see cref="IngestPipeline.Prepare"/>, without the database: read and extracted, or
/// refused (with the outcome to report), or skipped because the ledger already holds its content.
/// </summary>
public sealed class PreparedFile
{
    internal PreparedFile(string path, SourceDocument? document, ExtractedDocument? extracted, IngestFileOutcome? failure, List<string> warnings)
    {
        Path = path;
        Document = document;
        Extracted = extracted;
        Failure = failure;
        Warnings = warnings;
    }

    /// <summary>The path as given (or as found under a folder).</summary>
    public string Path { get; }

    /// <summary>The document read from the file; null when it could not be read.</summary>
    public SourceDocument? Document { get; }

    /// <summary>The validated extraction; null when the file failed or its content is already in the ledger.</summary>
    public ExtractedDocument? Extracted { get; }

    /// <summary>The outcome of a file that could not be read or extracted (failed), or that was skipped as no document.</summary>
    public IngestFileOutcome? Failure { get; }

    /// <summary>True when extraction was skipped because the ledger already held this content at the start of the run.</summary>
    public bool SkippedAsKnown => Failure is null && Extracted is null;

    internal List<string> Warnings { get; }

    /// <summary>The options it was prepared with, for a file skipped as known that must be extracted after all.</summary>
    internal IngestOptions Options { get; init; } = new();
}
