using System.Globalization;
using System.Text;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// A heading and a table per run of claims of one metric (claims arrive grouped by metric), with all Markdown markup in
/// cells escaped: the figure as people read it, the document's title (a link when it has an http(s) URL), its source,
/// and the quote with the figure in bold. Streams: nothing is held but the current row.
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
                output.Write("| Id | Value | Value text | Qualifier | Unit | Period | Speaker | Source | Document | Title | Event date | Figure | Quote | Independent sources | Conflicts with | Verdict | Subject |\n");
                output.Write("|---:|---:|---|---|---|---|---|---|---|---|---|---|---|---:|---|---|---|\n");
            }
            string[] cells =
            [
                stored.Id.ToString(CultureInfo.InvariantCulture), Escape(ClaimFields.Number(c.Value)), Escape(ValueText.Of(c)),
                Escape(c.Qualifier.ToName()), Escape(c.Unit), Escape(ClaimFields.Period(c)), Escape(c.Speaker ?? ""),
                Escape(stored.Source ?? ""), Escape(stored.DocumentFile), Title(stored), Escape(ClaimFields.Date(stored.EventDate) ?? ""),
                Escape(c.Text), Quote(stored),
                corroboration.IndependentSources.ToString(CultureInfo.InvariantCulture),
                Escape(ClaimIdList.Text(corroboration.ConflictsWith, int.MaxValue, corroboration.ConflictCount)),
                stored.Check?.Verdict ?? "", Escape(c.Subject ?? ""),
            ];
            output.Write("| " + string.Join(" | ", cells) + " |\n");
        }
    }

    /// <summary>The title, linked to the document's URL when it is an absolute http(s) address (written escaped by <see cref="Uri.AbsoluteUri"/>).</summary>
    private static string Title(StoredClaim stored)
    {
        var title = Escape(stored.Title ?? "");
        if (stored.Url is null || !Uri.TryCreate(stored.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return title;
        var address = uri.AbsoluteUri.Replace("(", "%28").Replace(")", "%29").Replace("|", "%7C");
        return $"[{(title.Length > 0 ? title : Escape(stored.Url))}]({address})";
    }

    /// <summary>The sentence with the figure in bold; the sentence as it is when the figure is not inside it.</summary>
    private static string Quote(StoredClaim stored)
    {
        var c = stored.Claim;
        var sentence = stored.Sentence;
        int start = c.Start - c.SentenceStart, end = c.End - c.SentenceStart;
        if (start < 0 || end > sentence.Length || start >= end)
            return Escape(sentence.Trim());
        return Escape(sentence[..start].TrimStart()) + "**" + Escape(sentence[start..end]) + "**" + Escape(sentence[end..].TrimEnd());
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
