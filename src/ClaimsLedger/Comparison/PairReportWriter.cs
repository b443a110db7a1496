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
/// csv: status, metric, period_start, period_end, a, b, a_doc, b_doc, a_text, b_text, reason (RFC 4180: CRLF after every row).
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

    /// <summary>The report: head, pairs (as <paramref name="view"/> selects them, all by default), summary and notes.</summary>
    public static void Write(TextWriter output, ComparisonReport report, PairReportFormat format, PairView? view = null)
    {
        using var selection = new PairSelection(format, view);
        foreach (var pair in report.OrderedPairs())
            selection.Offer(pair);
        selection.WriteTo(output, report.Undated.Count, report.Notes);
    }

    /// <summary>"3 pairs compared: 1 conflict, 1 compatible, 1 same, 0 republished".</summary>
    public static string Summary(ComparisonReport report) => Summary(PairCounts.Of(report));

    internal static string Summary(PairCounts counts) => $"{counts.Total} pairs compared: {Counts(counts)}";

    private static string Counts(PairCounts counts) =>
        $"{counts.Conflict} conflict, {counts.Compatible} compatible, {counts.Same} same, {counts.Republished} republished"
        + (counts.Unresolved > 0 ? $", {counts.Unresolved} unresolved (subject unknown on one side)" : "");

    /// <summary>What comes before the pairs: the table head (md) or the header row (csv).</summary>
    internal static void WriteHeader(TextWriter output, PairReportFormat format)
    {
        switch (format)
        {
            case PairReportFormat.Markdown:
                output.WriteLine("| Status | Metric | Period | A | B | Reason |");
                output.WriteLine("|---|---|---|---|---|---|");
                break;
            case PairReportFormat.Csv:
                output.Write("status,metric,period_start,period_end,a,b,a_doc,b_doc,a_text,b_text,reason\r\n");
                break;
            case PairReportFormat.Text or PairReportFormat.Jsonl:
                break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");
        }
    }

    internal static void WritePair(TextWriter output, ComparedPair pair, PairReportFormat format)
    {
        switch (format)
        {
            case PairReportFormat.Text:
                output.WriteLine($"{pair.Status.ToName().ToUpperInvariant()}  {Model.DisplayText.OneLine(pair.Metric)}  {Period(pair)}");
                output.WriteLine($"  {Source(pair.A)}");
                output.WriteLine($"  {Source(pair.B)}");
                output.WriteLine($"  {Model.DisplayText.OneLine(pair.Reason)}");
                output.WriteLine();
                break;
            case PairReportFormat.Markdown:
                output.WriteLine($"| {pair.Status.ToName()} | {Cell(pair.Metric)} | {Period(pair)} | {Cell(Source(pair.A))} | "
                    + $"{Cell(Source(pair.B))} | {Cell(pair.Reason)} |");
                break;
            case PairReportFormat.Jsonl:
                WriteJsonl(output, pair);
                break;
            case PairReportFormat.Csv:
                WriteCsv(output, pair);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");
        }
    }

    private const int MaxMetricLines = 20;

    /// <summary>
    /// What comes after the pairs (text and md): the summary, per metric when there are several (most conflicts first),
    /// the pairs not printed, the undated claims, the notes.
    /// </summary>
    internal static void WriteFooter(TextWriter output, PairReportFormat format, PairTally tally, int undated, IReadOnlyList<string> notes,
        int overLimit)
    {
        if (format is PairReportFormat.Jsonl or PairReportFormat.Csv)
            return;
        var markdown = format == PairReportFormat.Markdown;
        var bullet = markdown ? "- " : "";
        var subItem = markdown ? "  - " : "  ";
        if (markdown)
            output.WriteLine();
        output.WriteLine(Summary(tally.Counts));
        if (tally.Metrics > 1)
        {
            output.WriteLine($"{bullet}by metric:");
            foreach (var (metric, counts) in tally.ByMetric.Take(MaxMetricLines))
                output.WriteLine($"{subItem}{(markdown ? Cell(metric) : metric)}: {Counts(counts)}");
            if (tally.Metrics > MaxMetricLines)
                output.WriteLine($"{subItem}... and {tally.Metrics - MaxMetricLines} more metrics");
        }
        if (tally.NotPrinted > 0)
            output.WriteLine($"{bullet}{tally.NotPrinted} republished pairs not printed (--all prints them)");
        if (overLimit > 0)
            output.WriteLine($"{bullet}{overLimit} more pairs not printed (over --limit)");
        if (undated > 0)
            output.WriteLine($"{bullet}{undated} claims have no period and were not compared");
        foreach (var note in notes) output.WriteLine($"{bullet}note: {Model.DisplayText.OneLine(note)}");
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteJsonl(TextWriter output, ComparedPair pair)
    {
        var buffer = new MemoryStream();
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

    private static void WriteCsv(TextWriter output, ComparedPair pair)
    {
        string[] cells =
        [
            pair.Status.ToName(), pair.Metric, ComparisonPeriod.Iso(pair.PeriodStart), ComparisonPeriod.Iso(pair.PeriodEnd),
            pair.A.Id.ToString(CultureInfo.InvariantCulture), pair.B.Id.ToString(CultureInfo.InvariantCulture),
            pair.A.DocumentFile, pair.B.DocumentFile, pair.A.Claim.Text, pair.B.Claim.Text, pair.Reason,
        ];
        Export.CsvClaimWriter.WriteRow(output, cells.Select(Export.CsvClaimWriter.Text).ToList());
    }

    /// <summary>#12 "1.85 million" -- 003.txt, Niu Yibing (on one line: control characters escaped)</summary>
    internal static string Source(Model.StoredClaim claim) => Model.DisplayText.OneLine(
        $"#{claim.Id} \"{claim.Claim.Text}\" -- {claim.DocumentFile}, {claim.Claim.Speaker ?? "no speaker"}");

    private static string Period(ComparedPair pair) => new ComparisonPeriod(pair.PeriodStart, pair.PeriodEnd).Label;

    private static string Cell(string text) => Export.MarkdownClaimWriter.Escape(Model.DisplayText.OneLine(text));
}

/// <summary>How many pairs of each status a comparison found.</summary>
public readonly record struct PairCounts(int Conflict, int Compatible, int Same, int Republished, int Unresolved = 0)
{
    public int Total => Conflict + Compatible + Same + Republished + Unresolved;

    public static PairCounts Of(ComparisonReport report) => new(report.Count(PairStatus.Conflict),
        report.Count(PairStatus.Compatible), report.Count(PairStatus.Same), report.Count(PairStatus.Republished),
        report.Count(PairStatus.Unresolved));

    public PairCounts Add(PairStatus status) => status switch
    {
        PairStatus.Conflict => this with { Conflict = Conflict + 1 },
        PairStatus.Compatible => this with { Compatible = Compatible + 1 },
        PairStatus.Same => this with { Same = Same + 1 },
        PairStatus.Unresolved => this with { Unresolved = Unresolved + 1 },
        _ => this with { Republished = Republished + 1 },
    };
}
