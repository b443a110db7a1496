using System.Text.RegularExpressions;

namespace ClaimsLedger.Ingest;

/// <summary>
/// The page furniture of a PDF: blocks in the top or bottom margin that are a page number ("4", "Page 4 of 9", "- 4 -"),
/// or whose words (digits aside) recur in that margin on at least half the pages, and at least two (a running header
/// such as "Statistical bulletin | March 2023" or a footer such as "www.example.gov.uk/stats 3").
/// </summary>
internal static partial class PdfRunningLines
{
    /// <summary>The share of the page height at its top and at its bottom that counts as margin.</summary>
    private const double Margin = 0.12;

    [GeneratedRegex(@"^\s*(?:page\s+)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static HashSet<PdfPageText.Block> Find(IReadOnlyList<PdfPageText> pages)
    {
        var furniture = new HashSet<PdfPageText.Block>(ReferenceEqualityComparer.Instance);
        var inMargins = pages.SelectMany(page => page.Blocks.Where(b => InMargin(b, page.Height)).Select(b => (Page: page.Number, Block: b))).ToList();
        foreach (var (_, block) in inMargins.Where(m => PageNumber().IsMatch(m.Block.Text)))
            furniture.Add(block);
        if (pages.Count < 2)
            return furniture;
        var needed = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var recurring in inMargins.GroupBy(m => Key(m.Block.Text)).Where(g => g.Select(m => m.Page).Distinct().Count() >= needed))
        {
            foreach (var (_, block) in recurring)
                furniture.Add(block);
        }
        return furniture;
    }

    private static bool InMargin(PdfPageText.Block block, double height) =>
        block.Bottom >= height * (1 - Margin) || block.Top <= height * Margin;

    private static string Key(string text) => Digits().Replace(text, "#").ToLowerInvariant();
}
