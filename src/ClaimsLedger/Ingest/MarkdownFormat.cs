using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Markdown (Markdig, CommonMark with pipe tables and YAML front matter): headings, paragraphs, list items, quotations and
/// table rows one per line with the markup removed (emphasis, links, code spans keep their words); raw HTML and the
/// front matter are not text. A block's location is its line in the file. The front matter's title and date are metadata.
/// </summary>
internal sealed class MarkdownFormat : IDocumentFormat
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public string Name => "Markdown file";

    public string MediaType => "text/markdown";

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public bool Recognises(ReadOnlySpan<byte> head) => false; // Markdown is text: only its extension tells

    public ConvertedDocument Read(byte[] bytes)
    {
        var decoded = DocumentFormats.PlainText.Read(bytes);
        var document = Markdown.Parse(decoded.Text, Pipeline);
        var text = new BlockTextBuilder();
        var metadata = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } front ? FrontMatter(front) : DocumentMetadata.None;
        Visit(document, text);
        var (stored, blocks) = text.Build();
        return new ConvertedDocument(stored, blocks, metadata, decoded.Note);
    }

    /// <summary>Adds the blocks under <paramref name="container"/> in document order, a table as its rows.</summary>
    private static void Visit(ContainerBlock container, BlockTextBuilder text)
    {
        foreach (var block in container)
        {
            var line = $"line {block.Line + 1}";
            switch (block)
            {
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        var cells = row.OfType<TableCell>().Select(c => string.Join(' ', c.Descendants<LeafBlock>().Select(b => b.Inline is null ? "" : Inlines(b.Inline))));
                        text.Add(string.Join(" | ", cells.Where(c => c.Trim().Length > 0)), $"line {row.Line + 1}");
                    }
                    break;
                case ContainerBlock inner:
                    Visit(inner, text);
                    break;
                case ParagraphBlock or HeadingBlock when ((LeafBlock)block).Inline is { } inline:
                    text.Add(Inlines(inline), line);
                    break;
                case CodeBlock code and not YamlFrontMatterBlock:
                    text.Add(code.Lines.ToString(), line);
                    break;
            }
        }
    }

    private static string Inlines(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>"title:" and "date:" lines of the front matter (plain scalars, quotes removed).</summary>
    private static DocumentMetadata FrontMatter(YamlFrontMatterBlock front)
    {
        string? title = null, author = null;
        DateOnly? date = null;
        foreach (var line in front.Lines.ToString().Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            switch (line[..colon].Trim().ToLowerInvariant())
            {
                case "title":
                    title = value.Length > 0 ? value : null;
                    break;
                case "date":
                    date = HtmlMetadataReader.ParseDate(value);
                    break;
                case "author":
                    author = value.Length > 0 ? value : null;
                    break;
            }
        }
        return new DocumentMetadata(title, date, author);
    }
}
