using System.Diagnostics;
using ClaimsLedger.Comparison;
using ClaimsLedger.Extraction;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Report;
using ClaimsLedger.Tests.Report;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// `claims report` of the bundled samples and of a synthetic ledger (<see cref="SyntheticLedger"/>,
/// <see cref="BenchmarkSettings.ReportClaims"/> claims): time and size of the whole report and of a --metric one, then,
/// where Chromium is installed, the time the browser takes to load the page, to draw the largest metric when it scrolls
/// into view, and to open a #claim- link to the last claim.
/// </summary>
public static class ReportBenchmark
{
    public sealed record Result(long Claims, int Metrics, TimeSpan WriteTime, long Bytes, TimeSpan MetricWriteTime, long MetricBytes,
        double? LoadMs, double? DrawMs, int DrawnMarks, double? LinkMs, string? Browser);

    public static Result Samples(string workFolder, string dataFolder)
    {
        var path = Path.Combine(workFolder, "samples.db");
        using var ledger = LedgerDatabase.Open(path);
        new IngestPipeline(ledger, ClaimExtractorFactory.CreateDefault(dataFolder)).Run([Path.Combine(dataFolder, "samples")], new IngestOptions());
        return Measure(ledger, dataFolder, Path.Combine(workFolder, "samples"), "5g base stations");
    }

    public static Result Synthetic(BenchmarkSettings settings, string workFolder, string dataFolder)
    {
        var path = Path.Combine(workFolder, "report.db");
        var generator = new SyntheticLedger(settings.ClaimsPerDocument, settings.ReportClaims / settings.ClaimsPerMetric);
        using var ledger = LedgerDatabase.Open(path);
        for (var d = 0; d < settings.ReportClaims / settings.ClaimsPerDocument; d++)
            ledger.Documents.Save(generator.Document(d));
        return Measure(ledger, dataFolder, Path.Combine(workFolder, "synthetic"), SyntheticLedger.MetricName(0));
    }

    private static Result Measure(LedgerDatabase ledger, string dataFolder, string outputStem, string oneMetric)
    {
        var rates = CurrencyRates.LoadFromDataDirectory(dataFolder);
        var output = outputStem + ".html";
        var clock = Stopwatch.StartNew();
        var whole = HtmlReport.Write(ledger, rates, new ReportOptions(null, "benchmark"), output)!;
        var writeTime = clock.Elapsed;
        clock.Restart();
        var single = HtmlReport.Write(ledger, rates, new ReportOptions(oneMetric, "benchmark"), outputStem + "-one.html")
            ?? throw new BenchmarkException($"no claims of {oneMetric}");
        var metricTime = clock.Elapsed;

        var browser = HeadlessChromium.Find();
        if (browser is null)
            return new Result(whole.Claims, whole.Metrics, writeTime, whole.Bytes, metricTime, single.Bytes, null, null, 0, null, null);
        using var chromium = HeadlessChromium.Start(browser);
        chromium.Navigate(new Uri(output).AbsoluteUri);
        var load = chromium.Evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")!.GetValue<double>();
        var draw = chromium.Evaluate("""
            new Promise(done => {
              const index = JSON.parse(document.getElementById('report-index').textContent);
              const largest = index.metrics.reduce((a, b) => b.claims > a.claims ? b : a);
              const section = document.getElementById('metric-' + largest.m);
              const start = performance.now();
              section.scrollIntoView();
              const wait = () => section.getAttribute('data-drawn')
                ? requestAnimationFrame(() => done([performance.now() - start, section.querySelectorAll('svg .mark').length]))
                : requestAnimationFrame(wait);
              wait();
            })
            """)!.AsArray();
        var link = chromium.Evaluate("""
            new Promise(done => {
              const ids = JSON.parse(document.getElementById('claim-index').textContent).ids;
              const start = performance.now();
              location.hash = 'claim-' + ids[ids.length - 1];
              const wait = () => !document.getElementById('detail').hidden
                ? requestAnimationFrame(() => done(performance.now() - start)) : requestAnimationFrame(wait);
              wait();
            })
            """)!.GetValue<double>();
        if (chromium.Errors.Count > 0)
            throw new BenchmarkException($"the report's page reported errors: {string.Join(" | ", chromium.Errors)}");
        return new Result(whole.Claims, whole.Metrics, writeTime, whole.Bytes, metricTime, single.Bytes, load,
            draw[0]!.GetValue<double>(), draw[1]!.GetValue<int>(), link, browser);
    }
}
