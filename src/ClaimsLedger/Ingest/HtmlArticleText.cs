using System.Text;
using AngleSharp.Dom;

namespace ClaimsLedger.Ingest;

/// <summary>
/// The text of an extracted article: each paragraph, heading, list item, quotation and table row is a block of its own
/// (a line break inside one also ends a block, as a turn of a transcript often is), cells of a row joined by " | ".
/// A block's location is its paragraph number and the path its element had in the page.
/// </summary>
internal static class HtmlArticleText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption",
        "div", "section", "article", "main", "header", "aside", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "figure",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "button", "form", "select", "textarea", "iframe", "object",
    };

    public static BlockTextBuilder Read(IElement root)
    {
        var walker = new Walker();
        walker.Walk(root, Location(root));
        walker.Flush(Location(root));
        return walker.Text;
    }

    private sealed class Walker
    {
        private readonly StringBuilder pending = new();

        public BlockTextBuilder Text { get; } = new();

        public void Walk(INode node, string? path)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    pending.Append(text.Data);
                    continue;
                }
                if (child is not IElement element || Skipped.Contains(element.LocalName))
                    continue;
                switch (element.LocalName)
                {
                    case "br":
                        Flush(path);
                        break;
                    case "tr":
                        Flush(path);
                        var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => c.TextContent.Trim()).Where(c => c.Length > 0);
                        pending.AppendJoin(" | ", cells);
                        Flush(Location(element) ?? path);
                        break;
                    case var name when Blocks.Contains(name):
                        Flush(path);
                        var own = Location(element) ?? path;
                        Walk(element, own);
                        Flush(own);
                        break;
                    default:
                        Walk(element, path);
                        break;
                }
            }
        }

        public void Flush(string? path)
        {
            if (pending.Length == 0)
                return;
            var number = Text.Count + 1;
            Text.Add(pending.ToString(), path is null ? $"paragraph {number}" : $"paragraph {number}, {path}");
            pending.Clear();
        }
    }

    private static string? Location(IElement element) => element.GetAttribute(HtmlFormat.PathAttribute);
}
