using System.Text.RegularExpressions;

namespace ClaimsLedger.Ingest;

/// <summary>
/// The page furniture of a PDF: lines in the top or bottom margin that are a page number ("4", "Page 4 of 9", "- 4 -"),
/// or whose words (digits aside) recur in a margin on at least half the pages, and at least two (a running header such
/// as "Statistical bulletin | March 2023", a footer such as "www.example.gov.pv/stats 3").
/// </summary>
internal static partial class PdfRunningLines
{
    [GeneratedRegex(@"^\s*(?:page\s+)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static HashSet<PdfPageText.MarginLine> Find(IReadOnlyList<PdfPageText> pages)
    {
        var lines = pages.SelectMany(page => page.MarginLines.Select(line => (page.Number, Line: line))).ToList();
        var furniture = lines.Where(l => PageNumber().IsMatch(l.Line.Text)).Select(l => l.Line).ToHashSet();
        var needed = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var recurring in lines.GroupBy(l => Digits().Replace(l.Line.Text, "#").ToLowerInvariant()))
        {
            if (recurring.Select(l => l.Number).Distinct().Count() >= needed)
                furniture.UnionWith(recurring.Select(l => l.Line));
        }
        return furniture;
    }
}
