using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Web pages (a page saved from a browser): the main article only, found by SmartReader (a port of Mozilla's
/// Readability), so navigation, related links, cookie banners, comments and footers stay out; then its paragraphs,
/// headings, list items and table rows one per line (<see cref="HtmlArticleText"/>), under the page's title. Each block
/// remembers its paragraph number and its element's path in the page as saved.
/// </summary>
internal sealed class HtmlFormat : IDocumentFormat
{
    /// <summary>Set on every element of the page before extraction, read back from the article's elements.</summary>
    internal const string PathAttribute = "data-claims-path";

    private static readonly Lazy<IReadOnlyList<string>> Furniture = new(() =>
    {
        using var stream = typeof(HtmlFormat).Assembly.GetManifestResourceStream("Ingest/PageFurniture.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    });

    public string Name => "HTML page";

    public string MediaType => "text/html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml", ".shtml"];

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var start = head.StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (start < head.Length && (char.IsWhiteSpace((char)head[start])))
            start++;
        if (start >= head.Length || head[start] != '<')
            return false;
        var text = Encoding.ASCII.GetString(head[start..]).ToLowerInvariant();
        return text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.Contains("<html", StringComparison.Ordinal);
    }

    public ConvertedDocument Read(byte[] bytes)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(new MemoryStream(bytes, writable: false));
        if (!HasBodyText(page))
            throw new UnreadableDocumentException("HTML page with no body text (nothing outside navigation, scripts and footers)");
        var metadata = HtmlMetadataReader.Read(page);
        MarkPaths(page.DocumentElement, "");
        foreach (var selector in Furniture.Value)
        {
            foreach (var element in page.QuerySelectorAll(selector).ToList())
                element.Remove();
        }

        var reader = new Reader(metadata.Url ?? "https://localhost/", page) { ContinueIfNotReadable = true };
        var article = reader.GetArticle();
        if (string.IsNullOrWhiteSpace(article.Content))
            throw new UnreadableDocumentException("HTML page with no article text (only navigation, links or scripts)");

        using var content = parser.ParseDocument(article.Content);
        var text = HtmlArticleText.Read(content.Body!);
        if (text.Count == 0)
            throw new UnreadableDocumentException("HTML page with no article text (only navigation, links or scripts)");
        var title = metadata.Title ?? Clean(article.Title);
        if (title is not null && !text.StartsWith(title))
            text.Prepend(title, "title");
        var (stored, blocks) = text.Build();
        var published = metadata.Published ?? (article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null);
        return new ConvertedDocument(stored, blocks, metadata with
        {
            Title = title,
            Published = published,
            Author = metadata.Author ?? Clean(article.Author) ?? Clean(article.Byline),
            Publisher = metadata.Publisher ?? Clean(article.SiteName),
        });
    }

    private static readonly string[] NotBody = ["nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form"];

    /// <summary>Whether any text of the body lies outside navigation, headers, footers, scripts and forms.</summary>
    private static bool HasBodyText(IHtmlDocument page) =>
        page.Body?.Descendants<IText>().Any(t => !string.IsNullOrWhiteSpace(t.Data)
            && !t.Ancestors<IElement>().Any(e => NotBody.Contains(e.LocalName) || e.GetAttribute("role") == "navigation")) == true;

    /// <summary>Gives every element its path in the page ("/html/body/main/article/p[2]"; the index among same-named siblings).</summary>
    private static void MarkPaths(IElement? element, string parentPath)
    {
        if (element is null)
            return;
        var name = element.LocalName;
        var index = 1;
        var sameNamed = false;
        for (var sibling = element.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling == element || sibling.LocalName != name)
                continue;
            sameNamed = true;
            if (sibling.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following))
                index++;
        }
        var path = sameNamed ? $"{parentPath}/{name}[{index}]" : $"{parentPath}/{name}";
        element.SetAttribute(PathAttribute, path);
        foreach (var child in element.Children)
            MarkPaths(child, path);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
