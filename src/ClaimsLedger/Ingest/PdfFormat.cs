using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ClaimsLedger.Ingest;

/// <summary>
/// PDF documents (PdfPig): each page's text blocks in reading order (<see cref="PdfPageText"/>), a block's lines joined
/// (a word hyphenated at a line end joined again), running headers, footers and page numbers dropped
/// (<see cref="PdfRunningLines"/>); a block's location is its page. Encrypted, truncated and text-less (scanned) files are
/// refused, each saying so.
/// </summary>
internal sealed class PdfFormat : IDocumentFormat
{
    /// <summary>A PDF ends with "%%EOF" (a few bytes of padding may follow); a file cut short has none near its end.</summary>
    private const int TrailerWindow = 1024;

    public string Name => "PDF";

    public string MediaType => "application/pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public bool Recognises(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    public ConvertedDocument Read(byte[] bytes)
    {
        if (!Recognises(bytes) )
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
            if (pages.All(p => p.Blocks.Count == 0))
                throw new UnreadableDocumentException("PDF with no text layer (a scanned image?); run OCR on it first");

            var furniture = PdfRunningLines.Find(pages);
            var text = new BlockTextBuilder();
            foreach (var page in pages)
            {
                foreach (var block in page.Blocks)
                {
                    if (!furniture.Contains(block))
                        text.Add(block.Text, $"page {page.Number}");
                }
            }
            var (stored, blocks) = text.Build();
            var info = pdf.Information;
            return new ConvertedDocument(stored, blocks, new DocumentMetadata(
                Title: string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim(),
                Author: string.IsNullOrWhiteSpace(info.Author) ? null : info.Author.Trim()));
        }
    }
}
