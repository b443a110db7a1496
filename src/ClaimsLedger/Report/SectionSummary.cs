using System.Text.Json;

namespace ClaimsLedger.Report;

/// <summary>
/// What the page knows of a metric before its data block is read: enough for the metric list, the section heading
/// and the filters (status counts, documents, first and last day its figures refer to). Kept for every metric while
/// the claims themselves stream by.
/// </summary>
internal sealed record SectionSummary(int Index, string Name, int Claims, int[] StatusCounts, long[] Documents, DateOnly? From, DateOnly? To)
{
    public string ElementId => $"metric-{Index}";

    public int Conflicts => StatusCounts[0];

    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("m", Index);
        json.WriteString("name", Name);
        json.WriteNumber("claims", Claims);
        json.WriteStartArray("status");
        foreach (var count in StatusCounts) json.WriteNumberValue(count);
        json.WriteEndArray();
        json.WriteStartArray("docs");
        foreach (var doc in Documents) json.WriteNumberValue(doc);
        json.WriteEndArray();
        Html.Date(json, "from", From);
        Html.Date(json, "to", To);
        json.WriteEndObject();
    }

    /// <summary>The section as the page holds it before it is drawn: heading, counts, an empty body the script fills.</summary>
    public void WriteSection(TextWriter output)
    {
        output.Write($"<section class=\"metric\" id=\"{ElementId}\" data-m=\"{Index}\"><h2>{Html.Text(Name)}</h2>");
        output.Write($"<p class=\"counts\">{Html.Count(Claims)} figure{(Claims == 1 ? "" : "s")} from {Html.Count(Documents.Length)} "
            + $"document{(Documents.Length == 1 ? "" : "s")}");
        if (Conflicts > 0) output.Write($" · <span class=\"bad\">{Html.Count(Conflicts)} in conflict</span>");
        output.Write("</p><div class=\"body\"><p class=\"pending\">The timeline is drawn when this section comes into view.</p></div></section>\n");
    }

    public void WriteListItem(TextWriter output)
    {
        output.Write($"<li data-m=\"{Index}\"><a href=\"#{ElementId}\">{Html.Text(Name)}</a> <span class=\"n\">{Html.Count(Claims)}</span>");
        if (Conflicts > 0) output.Write($"<span class=\"badge\" title=\"figures in conflict\">{Html.Count(Conflicts)}</span>");
        output.Write("</li>\n");
    }
}
