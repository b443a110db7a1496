using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Word documents (.docx, DocumentFormat.OpenXml): the body's paragraphs in order (a line break inside one ends a block),
/// tables as rows with cells joined by " | "; deleted revisions and field codes are not text. A block's location is
/// "paragraph N" (counting paragraphs with text) or "table T, row R". Title and author come from the document properties.
/// </summary>
internal sealed class DocxFormat : IDocumentFormat
{
    public string Name => "Word document";

    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <summary>A zip whose first entry is an Office package's content types (Word and the SDK write it first).</summary>
    public bool Recognises(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8) && head.IndexOf("[Content_Types].xml"u8) >= 0 && head.IndexOf("word/"u8) >= 0;

    public ConvertedDocument Read(byte[] bytes)
    {
        WordprocessingDocument word;
        try
        {
            word = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new UnreadableDocumentException("not a Word document (a .docx is a zip holding word/document.xml; this is not one)");
        }
        using (word)
        {
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableDocumentException("not a Word document (a zip archive without word/document.xml)");
            var text = new BlockTextBuilder();
            int paragraphs = 0, tables = 0;
            foreach (var element in body.ChildElements)
            {
                if (element is Paragraph paragraph)
                {
                    var added = false;
                    foreach (var line in Lines(paragraph))
                        added |= text.Add(line, $"paragraph {paragraphs + 1}");
                    if (added)
                        paragraphs++;
                }
                else if (element is Table table)
                {
                    tables++;
                    var row = 0;
                    foreach (var tableRow in table.Elements<TableRow>())
                    {
                        var cells = tableRow.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().SelectMany(Lines)).Trim());
                        if (text.Add(string.Join(" | ", cells.Where(c => c.Length > 0)), $"table {tables}, row {row + 1}"))
                            row++;
                    }
                }
            }
            var properties = word.PackageProperties;
            var (stored, blocks) = text.Build();
            return new ConvertedDocument(stored, blocks, new DocumentMetadata(
                Title: string.IsNullOrWhiteSpace(properties.Title) ? null : properties.Title.Trim(),
                Author: string.IsNullOrWhiteSpace(properties.Creator) ? null : properties.Creator.Trim()));
        }
    }

    /// <summary>The visible text of a paragraph, split at its line breaks; tabs are spaces.</summary>
    private static IEnumerable<string> Lines(Paragraph paragraph)
    {
        var line = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    line.Append(t.Text);
                    break;
                case TabChar:
                    line.Append(' ');
                    break;
                case Break or CarriageReturn:
                    yield return line.ToString();
                    line.Clear();
                    break;
            }
        }
        yield return line.ToString();
    }
}
