using System.Text.Json;
using AngleSharp.Html.Parser;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Report;

/// <summary>
/// The report file without a browser: valid HTML5 (a strict parser finds no error), markup from documents only as
/// text, data blocks that parse back to the documents' words, --metric, and the output written whole or not at all.
/// </summary>
public class HtmlReportTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "data");

    [Test]
    public void Markup_in_documents_stays_text_and_the_page_is_valid_html5()
    {
        using var folder = new TempFolder();
        MarkupLedger.Write(folder.File("l.db"));
        var (html, result) = Report(folder, "--db", folder.File("l.db"), "--out", folder.File("r.html"));
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);

        var page = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html); // throws on any parse error
        var ids = page.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        Assert.That(ids, Is.Unique, "element ids");
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.That(scripts.Count(s => s.GetAttribute("type") != "application/json"), Is.EqualTo(1), "one script: the report's own");
        Assert.That(page.QuerySelectorAll("img, i, u, em, br"), Is.Empty, "no element from a document's text");
        Assert.That(page.QuerySelectorAll("b").Select(b => b.TextContent), Has.None.EqualTo("visitors"));
        Assert.That(html, Does.Not.Contain("window.pwned = 1</script>").And.Not.Contain("<!-- 'quoted'"));

        // The overview quotes the conflict as text; the data blocks hold the documents' words exactly.
        var overview = page.GetElementById("overview")!.TextContent;
        Assert.That(overview, Does.Contain(MarkupLedger.Attack).And.Contain("</script><!-- 'quoted' & more."));
        var blocks = scripts.Where(s => s.GetAttribute("type") == "application/json")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.GetRawText()).ToList();
        Assert.That(string.Join("\n", scripts.Select(s => s.TextContent)), Does.Not.Contain("</script").And.Not.Contain("<!--"));
        Assert.That(blocks.Any(b => b.Contains("\\u003Cscript\\u003E", StringComparison.Ordinal)), "markup escaped inside the data");
        Assert.That(Decoded(blocks), Does.Contain(MarkupLedger.Sentence).And.Contain(MarkupLedger.OtherSentence).And.Contain(MarkupLedger.Metric));
    }

    [Test]
    public void Metric_limits_the_report_to_that_metric()
    {
        using var folder = new TempFolder();
        var ledger = folder.File("l.db");
        MarkupLedger.Write(ledger);
        using (var db = LedgerDatabase.Open(ledger))
            db.Documents.Save(TestDocuments.Extracted("We counted 7 bridges.", "/in/c.txt"));
        var (all, _) = Report(folder, "--db", ledger, "--out", folder.File("all.html"));
        var (one, result) = Report(folder, "--db", ledger, "--metric", "BRIDGES", "--out", folder.File("one.html"));
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(Metrics(all), Is.EquivalentTo(new[] { MarkupLedger.Metric, "bridges" }));
        Assert.That(Metrics(one), Is.EqualTo(new[] { "bridges" }));
        Assert.That(result.Output, Does.StartWith("1 claims of 1 metrics from 1 documents"));
    }

    [Test]
    public void A_report_that_cannot_be_written_leaves_nothing_and_never_overwrites_the_ledger()
    {
        using var folder = new TempFolder();
        var ledger = folder.File("l.db");
        MarkupLedger.Write(ledger);
        var runner = new CliRunner(DataFolder);

        var onLedger = runner.Run("report", "--db", ledger, "--out", ledger);
        Assert.That(onLedger.ExitCode, Is.EqualTo(2));
        Assert.That(onLedger.Error, Does.Contain("is the ledger itself"));
        using (var db = LedgerDatabase.Open(ledger))
            Assert.That(db.Claims.Query(null), Has.Count.EqualTo(2), "the ledger is intact");

        var unknown = runner.Run("report", "--db", ledger, "--metric", "no such metric", "--out", folder.File("r.html"));
        Assert.That(unknown.ExitCode, Is.EqualTo(2));
        Assert.That(unknown.Error.Trim(), Does.Contain("no claims for metric 'no such metric'").And.Not.Contain("\n"));

        var missingFolder = runner.Run("report", "--db", ledger, "--out", folder.File("missing/r.html"));
        Assert.That(missingFolder.ExitCode, Is.EqualTo(2));
        Assert.That(missingFolder.Error.Trim(), Does.StartWith(folder.File("missing/r.html")).And.Not.Contain("\n"));
        Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "l.db", "l.db-wal", "l.db-shm" }.Where(f => File.Exists(folder.File(f)))),
            "no report and no temporary file left");
    }

    [Test]
    public void An_existing_report_is_replaced_whole()
    {
        using var folder = new TempFolder();
        MarkupLedger.Write(folder.File("l.db"));
        var output = folder.Write("r.html", "old report");
        var (html, result) = Report(folder, "--db", folder.File("l.db"), "--out", output);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
        Assert.That(Directory.GetFiles(folder.Path, "*.tmp*"), Is.Empty);
    }

    private static (string Html, CliResult Result) Report(TempFolder folder, params string[] args)
    {
        var result = new CliRunner(DataFolder).Run(["report", .. args]);
        var output = args[Array.IndexOf(args, "--out") + 1];
        return (File.Exists(output) ? File.ReadAllText(output) : "", result);
    }

    private static string[] Metrics(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        using var index = JsonDocument.Parse(page.GetElementById("report-index")!.TextContent);
        return [.. index.RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("name").GetString()!)];
    }

    /// <summary>Every string value of the data blocks, decoded.</summary>
    private static string Decoded(IEnumerable<string> blocks)
    {
        var values = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: values.Add(e.GetString()!); break;
                case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Walk(item); break;
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
            }
        }
        foreach (var block in blocks)
        {
            using var json = JsonDocument.Parse(block);
            Walk(json.RootElement);
        }
        return string.Join("\n", values);
    }
}
