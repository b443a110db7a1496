using System.Text;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// A heading and a table per run of claims of one metric (claims arrive grouped by metric), with all Markdown markup in
/// cells escaped. Streams: nothing is held but the current row.
/// </summary>
public static class MarkdownClaimWriter
{
    public static void Write(IEnumerable<CorroboratedClaim> claims, TextWriter output)
    {
        string? metric = null;
        foreach (var (stored, corroboration) in claims)
        {
            var c = stored.Claim;
            if (metric is null || !string.Equals(metric, c.Metric, StringComparison.OrdinalIgnoreCase))
            {
                if (metric is not null)
                    output.Write('\n');
                metric = c.Metric;
                output.Write($"## {Escape(metric)}\n\n");
                output.Write("| Id | Value | Qualifier | Unit | Period | Subject | Speaker | Document | Event date | Figure | Independent sources | Conflicts with |\n");
                output.Write("|---:|---:|---|---|---|---|---|---|---|---|---:|---|\n");
            }
            string[] cells =
            [
                stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimFields.Number(c.Value),
                c.Qualifier.ToName(), c.Unit, ClaimFields.Period(c), c.Subject ?? "", c.Speaker ?? "", stored.DocumentFile,
                ClaimFields.Date(stored.EventDate) ?? "", c.Text,
                corroboration.IndependentSources.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join(", ", corroboration.ConflictsWith.Select(id => "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ];
            output.Write("| " + string.Join(" | ", cells.Select(Escape)) + " |\n");
        }
    }

    /// <summary>Backslash-escapes the characters that are markup inside a table cell (pipes, emphasis, links, code, HTML) and folds line breaks, so a cell stays one cell of text.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n')
                escaped.Append(' ');
            else if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&')
                escaped.Append('\\').Append(ch);
            else
                escaped.Append(ch);
        }
        return escaped.ToString();
    }
}
