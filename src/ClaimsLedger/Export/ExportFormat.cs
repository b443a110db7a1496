namespace ClaimsLedger.Export;

/// <summary>The export formats and their writers: JSON Lines (one object per claim), CSV (RFC 4180), Markdown (a table per metric).</summary>
public static class ExportFormat
{
    public static IReadOnlyList<string> Names { get; } = ["jsonl", "csv", "md"];

    /// <summary>The writer for a format name, or null for a name not in <see cref="Names"/>.</summary>
    public static Action<IEnumerable<Comparison.CorroboratedClaim>, TextWriter>? WriterFor(string name) => name switch
    {
        "jsonl" => JsonLinesClaimWriter.Write,
        "csv" => CsvClaimWriter.Write,
        "md" => MarkdownClaimWriter.Write,
        _ => null,
    };
}
