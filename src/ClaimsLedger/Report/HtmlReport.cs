using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Report;

/// <summary>
/// `claims report`: one self-contained HTML file (styles, script and data inlined; nothing fetched when it is viewed)
/// with an overview, the conflicts, and a timeline and table per metric. The claims stream metric by metric: each
/// metric is compared, its data block written to a part file, and only a summary kept; the page is then put together
/// in a temporary file beside the output and renamed over it, so a failed run leaves no half-written report.
/// </summary>
public static class HtmlReport
{
    /// <returns>Null, and nothing written, when a metric was asked for and the ledger has no claims of it.</returns>
    /// <exception cref="IOException">The output is the ledger, its folder does not exist, or it cannot be written.</exception>
    public static ReportResult? Write(LedgerDatabase ledger, CurrencyRates rates, ReportOptions options, string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        if (IsLedgerFile(ledger.Path, output))
            throw new IOException("it is the ledger itself; choose another --out");
        var folder = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(folder))
            throw new IOException($"folder {folder} does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(output)}.{Environment.ProcessId}.tmp");
        var part = temporary + ".data";
        try
        {
            var page = new HtmlPage(options);
            var documents = new ReportDocuments(ledger);
            using (var data = Utf8Writer(part))
                Stream(ledger, rates, options.Metric, page, documents, data);
            if (options.Metric is not null && page.Overview.Metrics == 0)
                return null;
            using (var writer = Utf8Writer(temporary))
                page.Write(writer, documents, part);
            File.Move(temporary, output, overwrite: true);
            return new ReportResult(output, new FileInfo(output).Length, page.Overview.Claims, page.Overview.Metrics,
                documents.Count, page.Overview.Pairs(PairStatus.Conflict));
        }
        finally
        {
            File.Delete(part);
            File.Delete(temporary);
        }
    }

    private static void Stream(LedgerDatabase ledger, CurrencyRates rates, string? metric, HtmlPage page, ReportDocuments documents, TextWriter data)
    {
        var engine = new ComparisonEngine(rates);
        // One block per metric key (names differing only in case or spacing are one metric); with --metric, its name and aliases.
        using var blocks = ClaimBlocks.Of(ledger, metric);
        var index = 0;
        foreach (var block in blocks.Blocks)
        {
            var claims = blocks.WithSentences(block).OrderBy(c => c, ClaimStore.ListingOrder).ToList();
            var section = MetricSection.Compare(index++, claims, engine);
            section.WriteData(data);
            foreach (var claim in claims) documents.Quote(claim);
            page.Add(section);
        }
    }

    private static StreamWriter Utf8Writer(string path) =>
        new(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);

    private static bool IsLedgerFile(string ledgerPath, string output)
    {
        if (ledgerPath == ":memory:") return false;
        var ledger = Path.GetFullPath(ledgerPath);
        return new[] { "", "-wal", "-shm", "-journal" }.Any(suffix => string.Equals(ledger + suffix, output, StringComparison.Ordinal));
    }
}
