using System.Globalization;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>
/// A small ledger of sentences written for the tests of the views: three documents on Ruritania's bridges in 2022 (120,
/// 150, 120 again: two conflicts and one same pair) and one figure for its tunnels, each with title, source and URL.
/// </summary>
internal static class BridgesLedger
{
    private static readonly DateOnly YearStart = new(2022, 1, 1);
    private static readonly DateOnly YearEnd = new(2022, 12, 31);

    public static void Write(LedgerDatabase ledger)
    {
        Save(ledger, "ministry.txt", "Ministry", "Bridges briefing\n🎉 In 2022 we built 120 bridges.\n", "Minister Li", ("120", "bridges"));
        Save(ledger, "paper.txt", "Daily Paper", "Daily paper\nIn 2022 the country built 150 bridges.\n", null, ("150", "bridges"));
        Save(ledger, "agency.txt", "Agency", "Agency note\nIn 2022 the agency counted 120 bridges and 300 tunnels.\n", null,
            ("120", "bridges"), ("300", "tunnels"));
    }

    /// <summary>A document of a title line and one sentence holding the figures (each followed by its metric's word).</summary>
    public static void Save(LedgerDatabase ledger, string name, string source, string text, string? speaker, params (string Figure, string Metric)[] figures)
    {
        var title = text[..text.IndexOf('\n')];
        var sentenceStart = title.Length + 1;
        var sentenceEnd = text.LastIndexOf('.') + 1;
        var document = new SourceDocument("/in/" + name, name, text, ContentHash.Of(text), title, YearEnd, null, source)
        {
            Url = "https://example.org/" + name,
        };
        var claims = figures.Select(f =>
        {
            var start = text.IndexOf(f.Figure + " " + f.Metric, StringComparison.Ordinal);
            var value = double.Parse(f.Figure, CultureInfo.InvariantCulture);
            return new Claim(start, start + f.Figure.Length, f.Figure, sentenceStart, sentenceEnd, value, "count", Qualifier.Exact, value, value,
                f.Metric, f.Metric, YearStart, YearEnd, "In 2022", speaker, null) { Subject = "Ruritania" };
        }).ToList();
        ledger.Documents.Save(new ExtractedDocument(document, [new Sentence(sentenceStart, sentenceEnd, speaker)], claims, []));
    }
}
