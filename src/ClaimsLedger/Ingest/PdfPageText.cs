using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ClaimsLedger.Ingest;

/// <summary>
/// One PDF page as text blocks in reading order (PdfPig's nearest-neighbour words, Docstrum blocks, unsupervised reading
/// order), each block's lines joined into one: with a space, or with nothing where a word was hyphenated at the end of a
/// line ("statis-" + "tics" is "statistics").
/// </summary>
internal sealed record PdfPageText(int Number, double Height, IReadOnlyList<PdfPageText.Block> Blocks)
{
    /// <summary>A block of text with its vertical extent on the page (PDF units, origin at the bottom).</summary>
    public sealed record Block(string Text, double Top, double Bottom);

    public static PdfPageText Read(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
            return new PdfPageText(page.Number, page.Height, []);
        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters);
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder);
        return new PdfPageText(page.Number, page.Height,
            ordered.Select(b => new Block(Join(b.TextLines.Select(l => l.Text)), b.BoundingBox.Top, b.BoundingBox.Bottom)).ToList());
    }

    internal static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (text.Length > 0)
            {
                if (EndsHyphenated(text) && char.IsLower(line[0]))
                    text.Length--;
                else
                    text.Append(' ');
            }
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>A hyphen (or soft hyphen) right after a letter ends the text.</summary>
    private static bool EndsHyphenated(StringBuilder text) =>
        text.Length >= 2 && text[^1] is '-' or '\u00AD' or '\u2010' && char.IsLetter(text[^2]);
}
