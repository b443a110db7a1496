using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ClaimsLedger.Ingest;

/// <summary>
/// One PDF page: its words (PdfPig's nearest-neighbour extractor), the lines of its top and bottom margins (where running
/// headers, footers and page numbers sit), and, once those are known, its text blocks in reading order (Docstrum blocks,
/// unsupervised reading order). A block is split where the font of its lines changes (a bold heading above its
/// paragraph), and its lines are joined into one: with a space, or with nothing where a word was hyphenated at the end
/// of a line ("statis-" + "tics" is "statistics").
/// </summary>
internal sealed class PdfPageText
{
    /// <summary>The share of the page height at its top and at its bottom that counts as margin.</summary>
    private const double Margin = 0.12;

    /// <summary>Words whose baselines are this close (PDF units) are on one margin line.</summary>
    private const double SameBaseline = 2;

    private readonly IReadOnlyList<Word> words;

    private PdfPageText(int number, IReadOnlyList<Word> words, IReadOnlyList<MarginLine> marginLines)
    {
        Number = number;
        this.words = words;
        MarginLines = marginLines;
    }

    /// <summary>A line of words in the top or bottom margin.</summary>
    public sealed record MarginLine(string Text, IReadOnlyList<Word> Words);

    public int Number { get; }

    public bool HasText => words.Count > 0;

    public IReadOnlyList<MarginLine> MarginLines { get; }

    public static PdfPageText Read(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var words = letters.Count == 0 ? [] : NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
        var inMargin = words.Where(w => w.BoundingBox.Bottom >= page.Height * (1 - Margin) || w.BoundingBox.Top <= page.Height * Margin);
        var lines = new List<List<Word>>();
        foreach (var word in inMargin.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= SameBaseline)
                lines[^1].Add(word);
            else
                lines.Add([word]);
        }
        var marginLines = lines.Select(l => new MarginLine(string.Join(' ', l.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)), l)).ToList();
        return new PdfPageText(page.Number, words, marginLines);
    }

    /// <summary>Typographic ligatures (U+FB00 to U+FB06: "ﬁ", "ﬂ", "ﬀ", ...) as the letters they join.</summary>
    private static string WithoutLigatures(string text)
    {
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06'))
            return text;
        return text.Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi")
            .Replace("\uFB04", "ffl").Replace("\uFB05", "st").Replace("\uFB06", "st");
    }

    /// <summary>A paragraph, heading or table row, with the size of the font most of it is set in.</summary>
    public sealed record Block(string Text, double FontSize);

    /// <summary>The text blocks of the page in reading order, without the words of <paramref name="furniture"/>.</summary>
    public IEnumerable<Block> Blocks(IReadOnlySet<MarginLine> furniture)
    {
        var dropped = furniture.Where(MarginLines.Contains).SelectMany(l => l.Words).ToHashSet(ReferenceEqualityComparer.Instance);
        var body = words.Where(w => !dropped.Contains(w)).ToList();
        if (body.Count == 0)
            yield break;
        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(body))
            .OrderBy(b => b.ReadingOrder).ToList();
        for (var first = 0; first < blocks.Count;)
        {
            var columns = 1;
            while (first + columns < blocks.Count && SameBaselines(blocks[first], blocks[first + columns]))
                columns++;
            if (columns > 1)
            {
                foreach (var row in TableRows(blocks.GetRange(first, columns)))
                    yield return row;
            }
            else
            {
                foreach (var paragraph in Paragraphs(blocks[first].TextLines))
                    yield return paragraph;
            }
            first += columns;
        }
    }

    /// <summary>
    /// The lines of a block joined, split where their font changes (a heading set in bold above its paragraph) and before
    /// an indented first line of a paragraph (after the block's own first line, so a hanging indent stays whole).
    /// </summary>
    private static IEnumerable<Block> Paragraphs(IReadOnlyList<TextLine> lines)
    {
        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && Font(lines[i].Words) == Font(lines[i - 1].Words) && !(i > 1 && Indented(lines[i], lines[i - 1])))
                continue;
            var paragraph = lines.Skip(start).Take(i - start).ToList();
            yield return new Block(WithoutLigatures(Join(paragraph.Select(l => l.Text))), Font(paragraph.SelectMany(l => l.Words)).Size);
            start = i;
        }
    }

    private static bool Indented(TextLine line, TextLine previous) =>
        line.BoundingBox.Left > previous.BoundingBox.Left + 0.8 * Font(line.Words).Size;

    /// <summary>
    /// Two blocks of several lines side by side whose lines sit on the same baselines are columns of a table (Docstrum
    /// makes a block of each column): they are read row by row.
    /// </summary>
    private static bool SameBaselines(TextBlock a, TextBlock b) =>
        a.TextLines.Count > 1 && a.TextLines.Count == b.TextLines.Count
        && a.TextLines.Zip(b.TextLines).All(p => Math.Abs(Baseline(p.First) - Baseline(p.Second)) <= SameBaseline);

    private static IEnumerable<Block> TableRows(List<TextBlock> columns)
    {
        var ordered = columns.OrderBy(c => c.BoundingBox.Left).ToList();
        for (var row = 0; row < ordered[0].TextLines.Count; row++)
            yield return new Block(WithoutLigatures(string.Join(" | ", ordered.Select(c => c.TextLines[row].Text.Trim()))),
                Font(ordered.SelectMany(c => c.TextLines[row].Words)).Size);
    }

    private static double Baseline(TextLine line) => line.Words[0].Letters[0].StartBaseLine.Y;

    /// <summary>The font most of the letters of a line are set in (name and size).</summary>
    private static (string? Name, double Size) Font(IEnumerable<Word> line) =>
        line.SelectMany(w => w.Letters).GroupBy(l => (l.FontName, Math.Round(l.PointSize))).MaxBy(g => g.Count())!.Key;

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
