using System.Text;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>A heading and a table per metric (in the order metrics first appear), with all Markdown markup in cells escaped.</summary>
public static class MarkdownClaimWriter
{
    public static void Write(IEnumerable<StoredClaim> claims, TextWriter output)
    {
        var byMetric = claims.GroupBy(c => c.Claim.Metric, StringComparer.OrdinalIgnoreCase);
        var first = true;
        foreach (var metric in byMetric)
        {
            if (!first)
                output.Write('\n');
            first = false;
            output.Write($"## {Escape(metric.Key)}\n\n");
            output.Write("| Id | Value | Qualifier | Unit | Period | Speaker | Document | Event date | Figure |\n");
            output.Write("|---:|---:|---|---|---|---|---|---|---|\n");
            foreach (var stored in metric)
            {
                var c = stored.Claim;
                string[] cells =
                [
                    stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimFields.Number(c.Value),
                    c.Qualifier.ToName(), c.Unit, ClaimFields.Period(c), c.Speaker ?? "", stored.DocumentFile,
                    ClaimFields.Date(stored.EventDate) ?? "", c.Text,
                ];
                output.Write("| " + string.Join(" | ", cells.Select(Escape)) + " |\n");
            }
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
