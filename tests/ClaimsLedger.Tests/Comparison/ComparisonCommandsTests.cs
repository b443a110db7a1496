using System.CommandLine;
using System.Text.Json;
using ClaimsLedger.Cli.Commands;
using ClaimsLedger.Model;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

public class ComparisonCommandsTests
{
    private static readonly (DateOnly Start, DateOnly End) Year2022 = Year(2022);
    private string ledgerPath = "";

    private static readonly StoredClaim[] Ledger =
    [
        Make(1, 1, "2.3 million", 2.3e6, "5G base stations", Year2022.Start, Year2022.End, speaker: "Li Wei"),
        Make(2, 2, "1.85 million", 1.85e6, "5G base stations", Year2022.Start, Year2022.End),
        Make(3, 3, "around 2.3 million", 2.3e6, "5G Base Stations", Year2022.Start, Year2022.End, qualifier: Qualifier.Approx),
        Make(4, 3, "39.8%", 39.8, "digital economy share of GDP", Year2022.Start, Year2022.End, "percent"),
        Make(5, 4, "39.8%", 39.8, "digital economy share of GDP", Year2022.Start, Year2022.End, "percent"),
        Make(6, 4, "1.5 million", 1.5e6, "5G base stations", null, null),
    ];

    [SetUp]
    public void CreateLedgerFile()
    {
        ledgerPath = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.db");
        File.WriteAllText(ledgerPath, "");
    }

    [TearDown]
    public void DeleteLedgerFile() => File.Delete(ledgerPath);

    private static (int Exit, string Output, string Error) Run(Command command, params string[] args)
    {
        var root = new RootCommand { command };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static Command Conflicts() => ConflictsCommand.Create((_, _) => Ledger);

    [Test]
    public void Jsonl_has_one_object_per_pair_with_conflicts_first()
    {
        var (exit, output, _) = Run(Conflicts(), "conflicts", "--db", ledgerPath, "--format", "jsonl");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(lines.Select(l => (l.GetProperty("a").GetInt64(), l.GetProperty("b").GetInt64(), l.GetProperty("status").GetString())),
            Is.EqualTo(new[] { (1L, 2L, "conflict"), (2L, 3L, "conflict"), (1L, 3L, "compatible"), (4L, 5L, "same") }));
        Assert.That(lines[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "a", "b", "status", "reason", "metric", "period_start", "period_end" }));
        Assert.That(lines[0].GetProperty("period_start").GetString(), Is.EqualTo("2022-01-01"));
    }

    [Test]
    public void Fail_on_conflict_exits_non_zero_when_a_pair_conflicts()
    {
        Assert.That(Run(Conflicts(), "conflicts", "--db", ledgerPath, "--fail-on-conflict").Exit, Is.EqualTo(1));
        Assert.That(Run(Conflicts(), "conflicts", "--db", ledgerPath, "--fail-on-conflict", "--metric", "digital economy share of GDP").Exit,
            Is.EqualTo(0));
    }

    [Test]
    public void Csv_quotes_cells_holding_commas_and_quotes()
    {
        var (_, output, _) = Run(Conflicts(), "conflicts", "--db", ledgerPath, "--format", "csv", "--metric", "digital economy share of GDP");
        Assert.That(output.ReplaceLineEndings("\n"), Is.EqualTo(
            "status,metric,period_start,period_end,a,b,a_doc,b_doc,a_text,b_text,reason\n"
            + "same,digital economy share of GDP,2022-01-01,2022-12-31,4,5,doc3.txt,doc4.txt,39.8%,39.8%,#4 and #5 both state 39.8% (exact)\n"));
    }

    [Test]
    public void Text_lists_both_sources_and_the_reason_and_counts_the_undated()
    {
        var (_, output, _) = Run(Conflicts(), "conflicts", "--db", ledgerPath, "--metric", "5g base stations");
        Assert.That(output, Does.StartWith(
            "CONFLICT  5G base stations  2022\n  #1 \"2.3 million\" -- doc1.txt, Li Wei\n  #2 \"1.85 million\" -- doc2.txt, no speaker\n"
            .ReplaceLineEndings()));
        Assert.That(output, Does.Contain("3 pairs compared: 2 conflict, 1 compatible, 0 same, 0 republished"));
        Assert.That(output, Does.Contain("1 claims have no period and were not compared"));
    }

    [Test]
    public void Markdown_is_a_table_of_pairs()
    {
        var (_, output, _) = Run(Conflicts(), "conflicts", "--db", ledgerPath, "--format", "md");
        Assert.That(output, Does.StartWith("| Status | Metric | Period | A | B | Reason |"));
        Assert.That(output, Does.Contain("| same | digital economy share of GDP | 2022 |"));
    }

    [Test]
    public void A_missing_ledger_is_a_one_line_error_naming_the_file()
    {
        var (exit, _, error) = Run(Conflicts(), "conflicts", "--db", "/nonexistent/ledger.db");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo("claims conflicts: /nonexistent/ledger.db: no such ledger file"));
    }

    [Test]
    public void A_ledger_that_cannot_be_read_is_a_one_line_error_naming_the_file()
    {
        var broken = ConflictsCommand.Create((_, _) => throw new InvalidDataException("file is not a database"));
        var (exit, _, error) = Run(broken, "conflicts", "--db", ledgerPath);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo($"claims conflicts: {ledgerPath}: file is not a database"));
    }

    [Test]
    public void Compare_shows_each_period_with_every_figure_and_its_standing()
    {
        var (exit, output, _) = Run(CompareCommand.Create((_, _) => Ledger), "compare", "--db", ledgerPath, "--metric", "5G base stations");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output.ReplaceLineEndings("\n"), Is.EqualTo(
            "Timeline of 5G base stations: 4 figures in 2 periods\n\n"
            + "2022\n"
            + "  #1 \"2.3 million\" -- doc1.txt, Li Wei allows 2.25–2.35 million -- CONFLICTS with #2; compatible with #3\n"
            + "  #2 \"1.85 million\" -- doc2.txt, no speaker allows 1.845–1.855 million -- CONFLICTS with #1, #3\n"
            + "  #3 \"around 2.3 million\" -- doc3.txt, no speaker allows 2.2–2.4 million -- CONFLICTS with #2; compatible with #1\n\n"
            + "undated (not compared)\n"
            + "  #6 \"1.5 million\" -- doc4.txt, no speaker allows 1.45–1.55 million\n\n"
            + "3 pairs compared: 2 conflict, 1 compatible, 0 same, 0 republished\n"));
    }
}
