namespace ClaimsLedger.Ingest;

/// <summary>A file read as text, or the one-line reason it was refused ("path: problem").</summary>
public sealed record SourceReadResult(string Path, string? Text, string? EncodingNote, string? Error)
{
    public bool Succeeded => Error is null;

    public static SourceReadResult Read(string path, string text, string? encodingNote = null) => new(path, text, encodingNote, null);

    public static SourceReadResult Refused(string path, string problem) => new(path, null, null, $"{path}: {problem}");
}
