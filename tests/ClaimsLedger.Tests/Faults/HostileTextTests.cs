using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimsLedger.Cli.Commands;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;
using Dapper;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Faults;

/// <summary>Text from users and documents that looks like SQL, spreadsheet formulas or Markdown stays inert text.</summary>
public partial class HostileTextTests : CliLedgerTest
{
    private const string DropClaims = "x'); DROP TABLE claims;--";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private void IngestBriefings(params string[] extraArgs)
    {
        Folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n");
        Folder.Write("in/b.txt", "Briefing B\nWe built 150 bridges.\n");
        Assert.That(Claims.Run(["ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-01-01", .. extraArgs]).ExitCode, Is.Zero);
    }

    private (long Claims, long Tables) CountClaimsAndTables()
    {
        using var connection = LedgerContents.OpenRaw(Db);
        return (connection.ExecuteScalar<long>("SELECT count(*) FROM claims"),
            connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    }

    [TestCase("query", "--metric")]
    [TestCase("export", "--metric")]
    [TestCase("conflicts", "--metric")]
    [TestCase("compare", "--metric")]
    public void A_metric_name_written_as_sql_matches_nothing_and_every_table_survives(string command, string option)
    {
        IngestBriefings();
        var before = CountClaimsAndTables();

        foreach (var metric in new[] { DropClaims, "bridges' OR '1'='1", "%", "_ridges", "bridges\"; DELETE FROM documents; --" })
        {
            var result = Claims.Run(command, option, metric, "--db", Db);

            Assert.That(result.Output, Does.Not.Contain("[[120]]").And.Not.Contain("bridges,").And.Not.Contain("\"text\":\"120\""), metric);
            Assert.That(result.Error, Does.Not.Contain("   at "), metric);
        }

        Assert.That(CountClaimsAndTables(), Is.EqualTo(before));
        Assert.That(Claims.Run("query", "--metric", "bridges", "--db", Db).Output, Does.StartWith("bridges: 2 claims\n"));
    }

    [Test]
    public void A_title_and_source_written_as_sql_are_stored_as_text_and_every_table_survives()
    {
        IngestBriefings("--title", DropClaims, "--source", "'); DELETE FROM documents; --");

        Assert.That(CountClaimsAndTables().Claims, Is.EqualTo(3));
        using var connection = LedgerContents.OpenRaw(Db);
        Assert.That(connection.Query<(string, string)>("SELECT title, source FROM documents").Distinct(),
            Is.EqualTo(new[] { (DropClaims, "'); DELETE FROM documents; --") }));
    }

    [Test]
    public void Csv_export_defuses_every_text_cell_a_spreadsheet_would_run_as_a_formula()
    {
        foreach (var name in new[] { "=SUM(1+1).txt", "+cmd.txt", "-2+3.txt", "@SUM(A1).txt" })
            Folder.Write("in/" + name, "Briefing\nWe built 120 bridges.\n" + name + "\n"); // distinct content per file
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--title", Formula, "--event-date", "2022-01-01").ExitCode, Is.Zero);

        var csv = Claims.Run("export", "--format", "csv", "--db", Db).Output;

        var rows = CsvRecords.Parse(csv);
        var header = rows[0];
        Assert.That(rows, Has.Count.EqualTo(5));
        foreach (var row in rows.Skip(1))
        {
            Assert.That(row, Has.Count.EqualTo(header.Count));
            Assert.That(row[header.IndexOf("title")], Is.EqualTo("'" + Formula));
            Assert.That(row[header.IndexOf("doc")], Does.StartWith("'"));
            Assert.That(row.Where(cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal)), Is.Empty, string.Join(" | ", row));
        }
    }

    [Test]
    public void Markdown_export_escapes_pipes_and_markup_in_file_names()
    {
        Folder.Write("in/a|b*c*_d_<b>x<i>[l](u)`e`.txt", "Briefing\nWe built 120 bridges.\n");
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-01-01").ExitCode, Is.Zero);

        var markdown = Claims.Run("export", "--format", "md", "--db", Db).Output;

        var row = markdown.Split('\n').Single(l => l.StartsWith("| 1 |", StringComparison.Ordinal));
        Assert.That(row, Does.Contain(@" a\|b\*c\*\_d\_\<b\>x\<i\>\[l\](u)\`e\`.txt "));
        Assert.That(UnescapedPipe().Matches(row), Has.Count.EqualTo(18), "seventeen cells, so eighteen unescaped pipes");
    }

    [Test]
    public void Json_lines_export_round_trips_hostile_text_as_strings()
    {
        IngestBriefings("--title", Formula + "\n| <b> \"quoted\" \\ " + DropClaims);

        var lines = Claims.Run("export", "--format", "jsonl", "--db", Db).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Has.Length.EqualTo(3));
        foreach (var line in lines)
            Assert.That(JsonDocument.Parse(line).RootElement.GetProperty("title").GetString(), Is.EqualTo(Formula + "\n| <b> \"quoted\" \\ " + DropClaims));
    }

    /// <summary>Two conflicting figures whose document names and speaker are formulas and markup.</summary>
    private static StoredClaim[] HostilePair()
    {
        var a = Make(1, 1, "2.3 million", 2.3e6, "bridges", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        var b = Make(2, 2, "1.85 million", 1.85e6, "bridges", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        return
        [
            a with { DocumentFile = Formula + " <b>*x*</b> | y.txt", Claim = a.Claim with { Speaker = "@SUM(A1) _z_" } },
            b with { DocumentFile = "-2+3 [link](http://evil.example).txt" },
        ];
    }

    private static string Conflicts(string format)
    {
        var root = new System.CommandLine.RootCommand { ConflictsCommand.Create((_, _) => HostilePair()) };
        using var output = new StringWriter();
        using var ledgerFile = new TempFolder();
        var path = ledgerFile.Write("ledger.db", "");
        root.Parse(["conflicts", "--db", path, "--format", format]).Invoke(new System.CommandLine.InvocationConfiguration { Output = output });
        return output.ToString();
    }

    [Test]
    public void Conflicts_csv_defuses_cells_a_spreadsheet_would_run_as_a_formula()
    {
        var rows = CsvRecords.Parse(Conflicts("csv"));

        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[1].Where(cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal)), Is.Empty,
            string.Join(" | ", rows[1]));
    }

    [Test]
    public void Conflicts_markdown_escapes_pipes_and_markup_in_the_quoted_sources()
    {
        var row = Conflicts("md").Split('\n').Single(l => l.StartsWith("| conflict |", StringComparison.Ordinal));

        Assert.That(UnescapedPipe().Matches(row), Has.Count.EqualTo(7), "six cells, so seven unescaped pipes");
        Assert.That(row, Does.Contain(@"\<b\>\*x\*\</b\>").And.Contain(@"\_z\_").And.Contain(@"\[link\]"));
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
