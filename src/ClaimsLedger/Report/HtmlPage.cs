using System.Globalization;
using System.Text.Json;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Report;

/// <summary>
/// The page around the data: head with the inlined style, the filters and metric list, the overview, one section per
/// metric, the data blocks, the page index (metrics, documents, sources) and the inlined script (Assets/).
/// </summary>
internal sealed class HtmlPage(ReportOptions options)
{
    private readonly List<SectionSummary> summaries = [];
    private readonly List<(long Id, int Metric)> claimMetrics = [];

    public ReportOverview Overview { get; } = new();

    public void Add(MetricSection section)
    {
        Overview.Add(section);
        summaries.Add(section.Summary());
        foreach (var claim in section.Claims) claimMetrics.Add((claim.Id, section.Index));
    }

    /// <param name="dataPart">The file the metric data blocks were streamed to.</param>
    public void Write(StreamWriter output, ReportDocuments documents, string dataPart)
    {
        var title = $"Claims report: {options.Title}";
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>{Html.Text(title)}</title>\n<style>\n{Html.Asset("report.css")}</style>\n</head>\n<body>\n");
        output.Write($"<header class=\"top\"><h1>{Html.Text(title)}</h1><p>{Html.Count(Overview.Claims)} figures stated in "
            + $"{Html.Count(documents.Count)} documents, compared source against source. Generated "
            + $"{DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} by <code>claims report</code>.</p></header>\n");
        output.Write("<div class=\"layout\">\n");
        WriteSide(output);
        output.Write("<main id=\"main\">\n");
        Overview.Write(output, documents.Count, options.Metric is null ? null : $"metric {options.Metric}");
        output.Write("<div id=\"metrics\">\n");
        foreach (var summary in summaries) summary.WriteSection(output);
        output.Write("</div>\n</main>\n</div>\n");
        output.Write("<aside id=\"detail\" hidden></aside>\n<div id=\"tip\" hidden></div>\n");

        output.Flush();
        using (var data = File.OpenRead(dataPart))
            data.CopyTo(output.BaseStream);
        var sources = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var metadata = new List<(long Id, StoredDocument Document)>();
        documents.WriteData(output, (id, document) =>
        {
            metadata.Add((id, document));
            sources.Add(ReportDocuments.SourceOf(document));
        });
        Html.JsonBlock(output, "report-index", json => WriteIndex(json, metadata, sources));
        Html.JsonBlock(output, "claim-index", WriteClaimIndex);
        output.Write($"<script>\n{Html.Asset("report.js")}</script>\n</body>\n</html>\n");
    }

    private void WriteSide(TextWriter output)
    {
        output.Write("""
            <nav id="side" aria-label="Filters and metrics">
            <label class="field">Find a metric <input id="f-search" type="search" placeholder="e.g. internet users" autocomplete="off"></label>
            <label class="field">Source <select id="f-source"><option value="">all sources</option></select></label>
            <fieldset class="field"><legend>Status</legend><div id="f-status"></div></fieldset>
            <fieldset class="field period"><legend>Period (years)</legend><input id="f-from" type="number" placeholder="from" aria-label="from year"> – <input id="f-to" type="number" placeholder="to" aria-label="to year"></fieldset>
            <p id="f-count" class="help"></p>
            <ol id="metric-list">

            """);
        foreach (var summary in summaries) summary.WriteListItem(output);
        output.Write("</ol>\n</nav>\n");
    }

    private void WriteIndex(Utf8JsonWriter json, List<(long Id, StoredDocument Document)> documents, SortedSet<string> sources)
    {
        json.WriteStartObject();
        json.WriteStartArray("columns");
        foreach (var column in MetricSection.ClaimColumns) json.WriteStringValue(column);
        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in sources) json.WriteStringValue(source);
        json.WriteEndArray();
        json.WriteStartObject("docs");
        foreach (var (id, document) in documents)
        {
            json.WritePropertyName(id.ToString(CultureInfo.InvariantCulture));
            ReportDocuments.WriteMeta(json, document);
        }
        json.WriteEndObject();
        json.WriteStartArray("metrics");
        foreach (var summary in summaries) summary.WriteTo(json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Which section holds each claim, for links to #claim-ID: ids ascending, each with its metric's index.</summary>
    private void WriteClaimIndex(Utf8JsonWriter json)
    {
        claimMetrics.Sort();
        json.WriteStartObject();
        json.WriteStartArray("ids");
        foreach (var (id, _) in claimMetrics) json.WriteNumberValue(id);
        json.WriteEndArray();
        json.WriteStartArray("metrics");
        foreach (var (_, metric) in claimMetrics) json.WriteNumberValue(metric);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
