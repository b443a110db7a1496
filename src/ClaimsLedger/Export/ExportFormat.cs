namespace ClaimsLedger.Export;

/// <summary>
/// The export formats and their writers: JSON Lines (one object per claim), JSON (one array), CSV (RFC 4180; with
/// <c>excel</c>, after a UTF-8 byte order mark), Markdown (a table per metric), schema.org ClaimReview JSON-LD (checked claims).
/// </summary>
public static class ExportFormat
{
    public static IReadOnlyList<string> Names { get; } = ["jsonl", "json", "csv", "md", "claimreview"];

    /// <summary>The writer for a format name, or null for a name not in <see cref="Names"/>.</summary>
    public static Action<IEnumerable<Comparison.CorroboratedClaim>, TextWriter>? WriterFor(string name, bool excel = false) => name switch
    {
        "jsonl" => JsonLinesClaimWriter.Write,
        "json" => JsonLinesClaimWriter.WriteArray,
        "csv" => excel ? CsvClaimWriter.WriteForExcel : CsvClaimWriter.Write,
        "md" => MarkdownClaimWriter.Write,
        "claimreview" => ClaimReviewWriter.Write,
        _ => null,
    };
}
