using System.Text;
using System.Text.Json;
using ClaimsLedger.Export;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>Exports a story can use: the quote, the document's source, URL and publication date, the value as read, JSON arrays, CSV for Excel.</summary>
public class StoryExportTests : CliLedgerTest
{
    protected override string MetricCatalogue => """{"metrics":[]}""";

    [SetUp]
    public void IngestBriefing()
    {
        Folder.Write("in/briefing.txt", "Bridges briefing\nMinister:\nWe built 120 bridges. We hired 300 engineers.\n");
        var ingest = Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-09-06", "--source", "中国网",
            "--url", "https://example.org/briefing");
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Error);
    }

    [Test]
    public void Json_lines_carry_the_sentence_source_url_and_value_text_beside_the_old_keys()
    {
        var lines = Claims.Run("export", "--db", Db, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        using var first = JsonDocument.Parse(lines[0]);
        var row = first.RootElement;
        Assert.That(row.EnumerateObject().Select(p => p.Name), Is.EqualTo(ClaimFields.Names));
        Assert.That(row.GetProperty("sentence").GetString(), Is.EqualTo("We built 120 bridges."));
        Assert.That(row.GetProperty("source").GetString(), Is.EqualTo("中国网"));
        Assert.That(row.GetProperty("url").GetString(), Is.EqualTo("https://example.org/briefing"));
        Assert.That(row.GetProperty("value_text").GetString(), Is.EqualTo("120"));
        Assert.That(row.GetProperty("published_date").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Json_is_one_array_holding_the_same_objects_as_json_lines()
    {
        var lines = Claims.Run("export", "--db", Db, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var array = Claims.Run("export", "--db", Db, "--format", "json").Output;

        using var parsed = JsonDocument.Parse(array);
        Assert.That(parsed.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(parsed.RootElement.EnumerateArray().Select(e => e.GetRawText()), Is.EqualTo(lines));
    }

    [Test]
    public void An_empty_export_as_json_is_an_empty_array()
    {
        using var output = new StringWriter();
        JsonLinesClaimWriter.WriteArray([], output);
        Assert.That(JsonDocument.Parse(output.ToString()).RootElement.GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Csv_for_excel_starts_with_a_utf8_byte_order_mark_and_ends_every_row_with_crlf()
    {
        var plain = Folder.File("plain.csv");
        var excel = Folder.File("excel.csv");
        Assert.That(Claims.Run("export", "--db", Db, "--format", "csv", "--out", plain).ExitCode, Is.Zero);
        Assert.That(Claims.Run("export", "--db", Db, "--format", "csv", "--excel", "--out", excel).ExitCode, Is.Zero);

        var bytes = File.ReadAllBytes(excel);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(bytes.Skip(3), Is.EqualTo(File.ReadAllBytes(plain)), "the same CSV after the mark");
        Assert.That(File.ReadAllBytes(plain).Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.That(text, Does.Contain("中国网"));
        Assert.That(text.Replace("\r\n", ""), Does.Not.Contain("\n"), "every row ends with CRLF");
        Assert.That(CsvRecords.Parse(text), Has.Count.EqualTo(3));
    }

    [Test]
    public void Conflicts_as_csv_end_every_row_with_crlf()
    {
        var (year, end) = ClaimsLedger.Tests.Comparison.TestClaims.Year(2022);
        var report = ClaimsLedger.Tests.Comparison.TestClaims.Compare(
            ClaimsLedger.Tests.Comparison.TestClaims.Make(1, 1, "120", 120, "bridges", year, end),
            ClaimsLedger.Tests.Comparison.TestClaims.Make(2, 2, "150", 150, "bridges", year, end, sentence: "They built\n150 bridges."));
        using var output = new StringWriter();

        ClaimsLedger.Comparison.PairReportWriter.Write(output, report, ClaimsLedger.Comparison.PairReportFormat.Csv);

        var csv = output.ToString();
        Assert.That(csv, Does.StartWith("status,").And.Contain("\r\nconflict,bridges"));
        Assert.That(csv, Does.EndWith("\r\n"));
        Assert.That(csv.Replace("\r\n", ""), Does.Not.Contain("\n"));
    }

    [Test]
    public void Markdown_gives_the_title_linked_to_the_url_and_the_quote_with_the_figure_in_bold()
    {
        var md = Claims.Run("export", "--db", Db, "--format", "md").Output;

        Assert.That(md, Does.Contain("[Bridges briefing](https://example.org/briefing)"));
        Assert.That(md, Does.Contain("We built **120** bridges."));
    }

    [TestCase(564e6, "count", "564 million")]
    [TestCase(8.206e9, "CNY", "8.206 billion yuan")]
    [TestCase(39.8, "percent", "39.8%")]
    [TestCase(1.5, "percentage_point", "1.5 percentage points")]
    [TestCase(2, "rank", "2nd")]
    [TestCase(11, "rank", "11th")]
    [TestCase(6.6, "ZB", "6.6 ZB")]
    public void Value_text_is_the_value_as_people_read_it(double value, string unit, string expected)
    {
        var claim = new Claim(0, 1, "x", 0, 1, value, unit, Qualifier.Exact, value, value, "m", "m", null, null, null, null, null);
        Assert.That(ValueText.Of(claim), Is.EqualTo(expected));
    }
}
