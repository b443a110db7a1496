using ClaimsLedger.Model;

namespace ClaimsLedger.Ingest;

/// <summary>A file read as text (decoded, or converted from its format), or the one-line reason it was refused ("path: problem").</summary>
public sealed record SourceReadResult(string Path, string? Text, string? EncodingNote, string? Error)
{
    public bool Succeeded => Error is null;

    public string MediaType { get; init; } = PlainTextFormat.TextMediaType;

    /// <summary>Hex SHA-256 of the bytes as read.</summary>
    public string? OriginalSha256 { get; init; }

    /// <summary>Where in the original each stretch of the text came from (empty for plain text).</summary>
    public IReadOnlyList<TextBlock> Blocks { get; init; } = [];

    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.None;

    public static SourceReadResult Read(string path, string text, string? encodingNote = null) => new(path, text, encodingNote, null);

    public static SourceReadResult Refused(string path, string problem) => new(path, null, null, $"{path}: {problem}");
}
