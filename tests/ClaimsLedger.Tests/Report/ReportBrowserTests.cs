using System.Text.Json.Nodes;
using ClaimsLedger.Cli;
using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Report;

/// <summary>
/// The report of the bundled samples (data/samples, ingested with the real extractor) opened in headless Chromium:
/// no script error, one chart mark per claim of every metric, conflicts red, a click on a mark shows its sentence,
/// #claim-ID links open their claim. Screenshots of the overview and of one metric go to artifacts/. Without a browser
/// the tests are skipped with the reason, and fail instead under CI (which installs one: .ci/run).
/// </summary>
[NonParallelizable]
public class ReportBrowserTests
{
    private const string ConflictRed = "rgb(214, 39, 40)";
    private const string ScreenshotMetric = "5g base stations";

    private TempFolder folder = null!;
    private HeadlessChromium browser = null!;
    private string reportUrl = "";
    private string markupUrl = "";
    private List<StoredClaim> claims = [];
    private ComparisonReport comparison = null!;

    [OneTimeSetUp]
    public void RenderAndOpen()
    {
        var executable = HeadlessChromium.Find();
        if (executable is null)
        {
            const string Reason = "no Chromium found (install the Debian package 'chromium' or set CHROMIUM): the report is not checked in a browser";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
                Assert.Fail(Reason + " (CI is set, so it may not be skipped)");
            Assert.Ignore(Reason);
        }
        folder = new TempFolder();
        var ledgerPath = folder.File("samples.db");
        var report = folder.File("report.html");
        Run("ingest", Path.Combine(AppContext.BaseDirectory, "data", "samples"), "--db", ledgerPath);
        Run("report", "--db", ledgerPath, "--out", report);
        using (var ledger = LedgerDatabase.Open(ledgerPath))
            claims = [.. ledger.Claims.Query(null)];
        comparison = new ComparisonEngine(CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data"))).Compare(claims);
        Assert.That(comparison.Count(PairStatus.Conflict), Is.GreaterThan(0), "the samples hold conflicts");
        reportUrl = new Uri(report).AbsoluteUri;
        MarkupLedger.Write(folder.File("markup.db"));
        Run("report", "--db", folder.File("markup.db"), "--out", folder.File("markup.html"));
        markupUrl = new Uri(folder.File("markup.html")).AbsoluteUri;
        browser = HeadlessChromium.Start(executable);
    }

    [OneTimeTearDown]
    public void Close()
    {
        browser?.Dispose();
        folder?.Dispose();
    }

    [SetUp]
    public void Open() => browser.Navigate("about:blank");

    [TearDown]
    public void NoScriptErrors() =>
        Assert.That(browser.Errors, Is.Empty, "JavaScript errors or failed loads in the page's console");

    [Test]
    public void Every_metric_draws_one_mark_per_claim_with_its_status_colour()
    {
        browser.Navigate(reportUrl);
        var metrics = browser.Evaluate("JSON.parse(document.getElementById('report-index').textContent).metrics.map(m => [m.m, m.name])")!.AsArray();
        var expected = claims.GroupBy(c => ComparisonEngine.MetricKey(c.Claim.Metric)).ToDictionary(g => g.Key, g => g.Select(c => c.Id).Order().ToList());
        Assert.That(metrics.Select(m => ComparisonEngine.MetricKey(m![1]!.GetValue<string>())), Is.EquivalentTo(expected.Keys));
        var conflicting = comparison.Pairs.Where(p => p.Status == PairStatus.Conflict).SelectMany(p => new[] { p.A.Id, p.B.Id }).ToHashSet();

        foreach (var metric in metrics)
        {
            var section = $"document.getElementById('metric-{metric![0]}')";
            browser.Evaluate($"{section}.scrollIntoView()");
            browser.WaitUntil($"{section}.getAttribute('data-drawn')");
            var marks = browser.Evaluate($"[...{section}.querySelectorAll('svg .mark')].map(e => [+e.getAttribute('data-id'), getComputedStyle(e).fill])")!.AsArray();
            var ids = marks.Select(m => m![0]!.GetValue<long>()).Order().ToList();
            var name = metric[1]!.GetValue<string>();
            Assert.That(ids, Is.EqualTo(expected[ComparisonEngine.MetricKey(name)]), $"one mark per claim of {name}");
            foreach (var mark in marks)
            {
                var id = mark![0]!.GetValue<long>();
                var fill = mark[1]!.GetValue<string>();
                if (conflicting.Contains(id)) Assert.That(fill, Is.EqualTo(ConflictRed), $"claim {id} conflicts: its mark is red");
                else Assert.That(fill, Is.Not.EqualTo(ConflictRed), $"claim {id} conflicts with nothing: its mark is not red");
            }
            var rows = browser.Evaluate($"{section}.querySelectorAll('table.figures tbody tr').length")!.GetValue<int>();
            Assert.That(rows, Is.EqualTo(ids.Count), $"the table of {name} lists its figures");
        }
    }

    [Test]
    public void Clicking_a_conflict_mark_shows_its_sentence_in_context_and_links_it()
    {
        var pair = comparison.OrderedPairs().First(p => p.Status == PairStatus.Conflict);
        var claim = pair.B;
        browser.Navigate(reportUrl);
        var mark = $"document.querySelector('svg .mark[data-id=\"{claim.Id}\"]')";
        browser.Evaluate($"[...document.querySelectorAll('section.metric')].find(s => s.querySelector('h2').textContent.toLowerCase() === {Js(ComparisonEngine.MetricKey(claim.Claim.Metric))}).scrollIntoView()");
        browser.WaitUntil(mark);
        Assert.That(browser.Evaluate($"getComputedStyle({mark}).fill")!.GetValue<string>(), Is.EqualTo(ConflictRed));
        var (x, y) = Centre(mark);
        browser.Click(x, y);

        browser.WaitUntil("!document.getElementById('detail').hidden");
        var own = browser.Evaluate("document.querySelector('#detail .context p.own').textContent")!.GetValue<string>();
        Assert.That(own, Is.EqualTo(claim.Sentence), "the detail shows the claim's sentence");
        Assert.That(browser.Evaluate("document.querySelector('#detail .context p.own mark').textContent")!.GetValue<string>(),
            Is.EqualTo(claim.Claim.Text), "with the figure marked");
        Assert.That(browser.Evaluate("document.getElementById('detail').textContent")!.GetValue<string>(),
            Does.Contain(claim.DocumentFile).And.Contain($"#{pair.A.Id}"), "its document and the claim it conflicts with");
        Assert.That(browser.Evaluate("location.hash")!.GetValue<string>(), Is.EqualTo($"#claim-{claim.Id}"), "the address links the claim");
    }

    [Test]
    public void A_claim_link_opens_that_claim()
    {
        var claim = claims.OrderBy(c => c.Id).Last();
        browser.Navigate($"{reportUrl}#claim-{claim.Id}");
        browser.WaitUntil("!document.getElementById('detail').hidden");
        Assert.That(browser.Evaluate("document.querySelector('#detail .context p.own').textContent")!.GetValue<string>(), Is.EqualTo(claim.Sentence));
        Assert.That(browser.Evaluate($"!!document.getElementById('claim-{claim.Id}')")!.GetValue<bool>(), Is.True, "the table row is the anchor");
    }

    [Test]
    public void Markup_in_a_document_shows_as_text_and_never_runs()
    {
        browser.Navigate(markupUrl);
        browser.Evaluate("document.getElementById('metric-0').scrollIntoView()");
        browser.WaitUntil("document.getElementById('metric-0').getAttribute('data-drawn')");
        Assert.That(browser.Evaluate("typeof window.pwned")!.GetValue<string>(), Is.EqualTo("undefined"), "no script or handler from a document ran");
        Assert.That(browser.Evaluate("document.querySelector('#metric-0 h2').textContent")!.GetValue<string>(), Is.EqualTo(MarkupLedger.Metric));
        var cells = browser.Evaluate("[...document.querySelectorAll('#metric-0 td.sentence')].map(c => c.textContent)")!.AsArray()
            .Select(c => c!.GetValue<string>());
        Assert.That(cells, Is.EquivalentTo(new[] { MarkupLedger.Sentence, MarkupLedger.OtherSentence }));
        var (x, y) = Centre("document.querySelector('#metric-0 svg .mark')");
        browser.Click(x, y);
        browser.WaitUntil("!document.getElementById('detail').hidden");
        Assert.That(browser.Evaluate("document.querySelector('#detail .context p.own').textContent")!.GetValue<string>(),
            Is.AnyOf(MarkupLedger.Sentence, MarkupLedger.OtherSentence));
        Assert.That(browser.Evaluate("document.querySelectorAll('#detail img, #detail script, #main img').length")!.GetValue<int>(), Is.Zero);
        Assert.That(browser.Evaluate("typeof window.pwned")!.GetValue<string>(), Is.EqualTo("undefined"));
    }

    [Test]
    public void Filters_hide_what_does_not_match()
    {
        browser.Navigate(reportUrl);
        var total = browser.Evaluate("document.querySelectorAll('section.metric').length")!.GetValue<int>();
        browser.Evaluate("(i => { i.value = 'internet users'; i.dispatchEvent(new Event('input')); })(document.getElementById('f-search'))");
        var shown = browser.Evaluate("[...document.querySelectorAll('section.metric:not(.hidden) h2')].map(h => h.textContent)")!.AsArray()
            .Select(n => n!.GetValue<string>()).ToList();
        Assert.That(shown, Is.Not.Empty.And.All.Contain("internet users"));
        Assert.That(shown, Has.Count.LessThan(total));

        // Only conflicts: in a drawn section, every figure still shown is red.
        browser.Evaluate("[...document.querySelectorAll('#f-status input')].slice(1).forEach(b => { b.checked = false; b.dispatchEvent(new Event('change')); })");
        browser.Evaluate("document.querySelector('section.metric:not(.hidden)').scrollIntoView()");
        browser.WaitUntil("document.querySelector('section.metric:not(.hidden)').getAttribute('data-drawn')");
        var fills = browser.Evaluate("[...document.querySelectorAll('section.metric:not(.hidden) g.fig:not(.hidden) .mark')].map(e => getComputedStyle(e).fill)")!.AsArray();
        Assert.That(fills.Select(f => f!.GetValue<string>()), Is.Not.Empty.And.All.EqualTo(ConflictRed));
    }

    [Test]
    public void Screenshots_of_the_overview_and_of_one_metric()
    {
        var artifacts = Path.Combine(RepositoryPaths.Root, "artifacts");
        browser.Navigate(reportUrl);
        var shots = new[] { "report-overview.png", "report-metric.png", "report-detail.png" }.Select(n => Path.Combine(artifacts, n)).ToArray();
        browser.Screenshot(shots[0]);

        var section = $"[...document.querySelectorAll('section.metric')].find(s => s.querySelector('h2').textContent === {Js(ScreenshotMetric)})";
        browser.Evaluate($"{section}.scrollIntoView()");
        browser.WaitUntil($"{section}.getAttribute('data-drawn')");
        var mark = $"{section}.querySelector('svg .mark[fill=\"#d62728\"]')";
        var (x, y) = Centre(mark);
        browser.Hover(x, y);
        browser.WaitUntil("!document.getElementById('tip').hidden");
        Assert.That(browser.Evaluate("document.getElementById('tip').textContent")!.GetValue<string>(), Does.Contain("million"), "hover shows the value");
        browser.Screenshot(shots[1]);

        browser.Click(x, y);
        browser.WaitUntil("!document.getElementById('detail').hidden");
        browser.Screenshot(shots[2]);
        Assert.That(shots.Select(s => new FileInfo(s).Length), Has.All.GreaterThan(10_000));
    }

    /// <summary>
    /// The centre of a chart mark scrolled into the viewport, once the browser has painted it (input is hit-tested against painted
    /// frames: a click sent before the first frame of a freshly drawn chart can land on nothing).
    /// </summary>
    private (double X, double Y) Centre(string mark)
    {
        browser.Evaluate($"{mark}.scrollIntoView({{block: 'center'}})");
        browser.Evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        var box = browser.Evaluate($"(r => [r.x + r.width / 2, r.y + r.height / 2])({mark}.getBoundingClientRect())")!.AsArray();
        var (x, y) = (box[0]!.GetValue<double>(), box[1]!.GetValue<double>());
        Assert.That(browser.Evaluate($"!!document.elementFromPoint({x}, {y})?.classList.contains('mark')")!.GetValue<bool>(), Is.True,
            $"a mark is what the pointer is over at {x}, {y}: " + browser.Evaluate("JSON.stringify([innerWidth, innerHeight, scrollY, document.documentElement.scrollHeight])"));
        return (x, y);
    }

    private static string Js(string text) => JsonValue.Create(text).ToJsonString();

    private static void Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.BuildRootCommand(CliServices.Default).Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        Assert.That(exit, Is.EqualTo(0), $"claims {string.Join(' ', args)}: {output}{error}");
    }
}
