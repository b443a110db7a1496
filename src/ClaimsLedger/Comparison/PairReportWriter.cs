using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimsLedger.Comparison;

public enum PairReportFormat
{
    Text,
    Markdown,
    Jsonl,
    Csv,
}

/// <summary>
/// Writes compared pairs for `claims conflicts`: conflicts first, then compatible, then same and republished.
/// jsonl: one object per pair with keys a, b (claim ids), status, reason, metric, period_start, period_end.
/// csv: status, metric, period_start, period_end, a, b, a_doc, b_doc, a_text, b_text, reason.
/// </summary>
public static class PairReportWriter
{
    public static readonly string[] FormatNames = ["text", "md", "jsonl", "csv"];

    public static PairReportFormat ParseFormat(string name) => name switch
    {
        "text" => PairReportFormat.Text,
        "md" => PairReportFormat.Markdown,
        "jsonl" => PairReportFormat.Jsonl,
        "csv" => PairReportFormat.Csv,
        _ => throw new FormatException($"unknown format '{name}' (expected text, md, jsonl or csv)"),
    };

    public static void Write(TextWriter output, ComparisonReport report, PairReportFormat format)
    {
        var pairs = report.OrderedPairs();
        switch (format)
        {
            case PairReportFormat.Text: WriteText(output, report, pairs); break;
            case PairReportFormat.Markdown: WriteMarkdown(output, report, pairs); break;
            case PairReportFormat.Jsonl: WriteJsonl(output, pairs); break;
            case PairReportFormat.Csv: WriteCsv(output, pairs); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");
        }
    }

    /// <summary>"3 pairs compared: 1 conflict, 1 compatible, 1 same, 0 republished".</summary>
    public static string Summary(ComparisonReport report) =>
        $"{report.Pairs.Count} pairs compared: {report.Count(PairStatus.Conflict)} conflict, "
        + $"{report.Count(PairStatus.Compatible)} compatible, {report.Count(PairStatus.Same)} same, "
        + $"{report.Count(PairStatus.Republished)} republished";

    private static void WriteText(TextWriter output, ComparisonReport report, IReadOnlyList<ComparedPair> pairs)
    {
        foreach (var pair in pairs)
        {
            output.WriteLine($"{pair.Status.ToName().ToUpperInvariant()}  {pair.Metric}  {Period(pair)}");
            output.WriteLine($"  {Source(pair.A)}");
            output.WriteLine($"  {Source(pair.B)}");
            output.WriteLine($"  {pair.Reason}");
            output.WriteLine();
        }
        output.WriteLine(Summary(report));
        WriteFootnotes(output, report, "");
    }

    private static void WriteMarkdown(TextWriter output, ComparisonReport report, IReadOnlyList<ComparedPair> pairs)
    {
        output.WriteLine("| Status | Metric | Period | A | B | Reason |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var pair in pairs)
            output.WriteLine($"| {pair.Status.ToName()} | {Cell(pair.Metric)} | {Period(pair)} | {Cell(Source(pair.A))} | "
                + $"{Cell(Source(pair.B))} | {Cell(pair.Reason)} |");
        output.WriteLine();
        output.WriteLine(Summary(report));
        WriteFootnotes(output, report, "- ");
    }

    private static void WriteFootnotes(TextWriter output, ComparisonReport report, string bullet)
    {
        if (report.Undated.Count > 0)
            output.WriteLine($"{bullet}{report.Undated.Count} claims have no period and were not compared");
        foreach (var note in report.Notes) output.WriteLine($"{bullet}note: {note}");
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteJsonl(TextWriter output, IReadOnlyList<ComparedPair> pairs)
    {
        var buffer = new MemoryStream();
        foreach (var pair in pairs)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteNumber("a", pair.A.Id);
                json.WriteNumber("b", pair.B.Id);
                json.WriteString("status", pair.Status.ToName());
                json.WriteString("reason", pair.Reason);
                json.WriteString("metric", pair.Metric);
                json.WriteString("period_start", ComparisonPeriod.Iso(pair.PeriodStart));
                json.WriteString("period_end", ComparisonPeriod.Iso(pair.PeriodEnd));
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<ComparedPair> pairs)
    {
        output.WriteLine("status,metric,period_start,period_end,a,b,a_doc,b_doc,a_text,b_text,reason");
        foreach (var pair in pairs)
        {
            string[] cells =
            [
                pair.Status.ToName(), pair.Metric, ComparisonPeriod.Iso(pair.PeriodStart), ComparisonPeriod.Iso(pair.PeriodEnd),
                pair.A.Id.ToString(CultureInfo.InvariantCulture), pair.B.Id.ToString(CultureInfo.InvariantCulture),
                pair.A.DocumentFile, pair.B.DocumentFile, pair.A.Claim.Text, pair.B.Claim.Text, pair.Reason,
            ];
            output.WriteLine(string.Join(',', cells.Select(c => Export.CsvClaimWriter.Quote(Export.CsvClaimWriter.Text(c) ?? ""))));
        }
    }

    /// <summary>#12 "1.85 million" -- 003.txt, Niu Yibing</summary>
    internal static string Source(Model.StoredClaim claim) =>
        $"#{claim.Id} \"{claim.Claim.Text}\" -- {claim.DocumentFile}, {claim.Claim.Speaker ?? "no speaker"}";

    private static string Period(ComparedPair pair) => new ComparisonPeriod(pair.PeriodStart, pair.PeriodEnd).Label;

    private static string Cell(string text) => Export.MarkdownClaimWriter.Escape(text);
}
