using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ClaimsLedger.Ingest;

/// <summary>
/// PDF documents (PdfPig): each page's text blocks in reading order (<see cref="PdfPageText"/>), a block's lines joined
/// (a word hyphenated at a line end joined again), running headers, footers and page numbers dropped
/// (<see cref="PdfRunningLines"/>); a block's location is its page. Encrypted, truncated and text-less (scanned) files are
/// refused, each saying so.
/// </summary>
internal sealed partial class PdfFormat : IDocumentFormat
{
    /// <summary>A PDF ends with "%%EOF" (a few bytes of padding may follow); a file cut short has none near its end.</summary>
    private const int TrailerWindow = 1024;

    public string Name => "PDF";

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[a-z][.)]|[\u2022\u2013\u25AA*-])$")]
    private static partial Regex ListMarker();

    /// <summary>The first page's text in the largest font, when it is larger than most of the page's text: its headline.</summary>
    private static string? Headline(PdfPageText page, IReadOnlySet<PdfPageText.MarginLine> furniture)
    {
        var blocks = page.Blocks(furniture).ToList();
        if (blocks.Count < 2)
            return null;
        var body = blocks.GroupBy(b => b.FontSize).MaxBy(g => g.Sum(b => b.Text.Length))!.Key;
        var largest = blocks.MaxBy(b => b.FontSize)!;
        return largest.FontSize > body * 1.15 ? largest.Text : null;
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':' or ';' or '"' or '\u201D' or ')';

    public string MediaType => "application/pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public bool Recognises(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    public ConvertedDocument Read(byte[] bytes)
    {
        if (!Recognises(bytes))
            throw new UnreadableDocumentException("not a PDF (it does not start with %PDF-)");
        if (bytes.AsSpan(Math.Max(0, bytes.Length - TrailerWindow)).IndexOf("%%EOF"u8) < 0)
            throw new UnreadableDocumentException("truncated PDF (it does not end with %%EOF); save or download it again");
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException("encrypted PDF (it needs a password); save a copy without encryption");
        }
        using (pdf)
        {
            var pages = new List<PdfPageText>();
            for (var number = 1; number <= pdf.NumberOfPages; number++)
                pages.Add(PdfPageText.Read(pdf.GetPage(number)));
            if (!pages.Any(p => p.HasText))
                throw new UnreadableDocumentException("PDF with no text layer (a scanned image?); run OCR on it first");

            var furniture = PdfRunningLines.Find(pages);
            var text = new BlockTextBuilder();
            string? marker = null;
            foreach (var page in pages)
            {
                var location = $"page {page.Number}";
                var first = true;
                foreach (var block in page.Blocks(furniture))
                {
                    if (ListMarker().IsMatch(block.Text))
                    {
                        marker = block.Text; // "1." set apart from its item: the item's first word
                        continue;
                    }
                    var content = marker is null ? block.Text : $"{marker} {block.Text}";
                    marker = null;
                    // A paragraph cut by the page break ("so that the index measures" | "pure price change") is one block.
                    if (first && text.Count > 0 && char.IsLower(content.FirstOrDefault()) && !EndsSentence(text.Last))
                        text.Continue(content, location);
                    else
                        text.Add(content, location);
                    first = false;
                }
            }
            var (stored, blocks) = text.Build();
            var info = pdf.Information;
            return new ConvertedDocument(stored, blocks, new DocumentMetadata(
                Title: string.IsNullOrWhiteSpace(info.Title) ? Headline(pages[0], furniture) : info.Title.Trim(),
                Author: string.IsNullOrWhiteSpace(info.Author) ? null : info.Author.Trim()));
        }
    }
}
