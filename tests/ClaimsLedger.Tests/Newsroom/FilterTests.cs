using System.CommandLine;
using ClaimsLedger.Cli.Commands;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>The filters of `claims export` and `claims conflicts`, the summary per status and metric, --limit and the republished pairs kept out of sight.</summary>
public class FilterTests
{
    private static readonly (DateOnly Start, DateOnly End) Year2022 = Year(2022);
    private static readonly (DateOnly Start, DateOnly End) Year2021 = Year(2021);
    private const string Shared = "They said the network had 2.3 million stations.";

    private static readonly StoredClaim[] Ledger =
    [
        Make(1, 1, "2.3 million", 2.3e6, "base stations", Year2022.Start, Year2022.End, speaker: "Li Wei", sentence: Shared),
        Make(2, 2, "1.85 million", 1.85e6, "base stations", Year2022.Start, Year2022.End, speaker: "Chen Hao"),
        Make(3, 3, "2.3 million", 2.3e6, "base stations", Year2022.Start, Year2022.End, speaker: "Li Wei", sentence: Shared),
        Make(4, 3, "39.8%", 39.8, "share of GDP", Year2021.Start, Year2021.End, "percent"),
        Make(5, 4, "41.5%", 41.5, "share of GDP", Year2021.Start, Year2021.End, "percent"),
    ];

    private static (int Exit, string Output) Conflicts(params string[] args)
    {
        var path = Path.GetTempFileName();
        try
        {
            var root = new RootCommand { ConflictsCommand.Create((_, _) => Ledger) };
            var output = new StringWriter();
            var exit = root.Parse(["conflicts", "--db", path, .. args]).Invoke(new InvocationConfiguration { Output = output, Error = output });
            return (exit, output.ToString().ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Conflicts_count_republished_pairs_but_print_them_only_with_all()
    {
        var (_, quiet) = Conflicts();
        var (_, all) = Conflicts("--all");

        Assert.That(quiet, Does.Not.Contain("REPUBLISHED"));
        Assert.That(quiet, Does.Contain("4 pairs compared: 3 conflict, 0 compatible, 0 same, 1 republished"));
        Assert.That(quiet, Does.Contain("1 republished pairs not printed (--all prints them)"));
        Assert.That(all, Does.Contain("REPUBLISHED  base stations  2022"));
        Assert.That(all, Does.Not.Contain("not printed"));
    }

    [Test]
    public void Conflicts_end_with_a_summary_per_metric_most_conflicts_first()
    {
        var (_, output) = Conflicts();

        Assert.That(output, Does.Contain("""
            by metric:
              base stations: 2 conflict, 0 compatible, 0 same, 1 republished
              share of GDP: 1 conflict, 0 compatible, 0 same, 0 republished
            1 republished pairs not printed
            """));
    }

    [Test]
    public void Limit_prints_the_first_pairs_in_report_order_and_says_how_many_more()
    {
        var (_, output) = Conflicts("--limit", "1");

        Assert.That(output.Split("\n\n").Count(block => block.StartsWith("CONFLICT")), Is.EqualTo(1));
        Assert.That(output, Does.StartWith("CONFLICT  base stations  2022\n  #1 "));
        Assert.That(output, Does.Contain("2 more pairs not printed (over --limit)"));
    }

    [Test]
    public void Status_speaker_unit_and_period_filters_choose_the_pairs_counted()
    {
        Assert.That(Conflicts("--status", "republished").Output, Does.Contain("1 pairs compared: 0 conflict, 0 compatible, 0 same, 1 republished")
            .And.Contain("REPUBLISHED"));
        Assert.That(Conflicts("--speaker", "chen").Output, Does.Contain("2 pairs compared: 2 conflict"));
        Assert.That(Conflicts("--unit", "percent").Output, Does.Contain("1 pairs compared: 1 conflict"));
        Assert.That(Conflicts("--since", "2022").Output, Does.Contain("3 pairs compared: 2 conflict"));
        Assert.That(Conflicts("--until", "2021-06").Output, Does.Contain("1 pairs compared: 1 conflict"));
        Assert.That(Conflicts("--min", "40", "--max", "50").Output, Does.Contain("1 pairs compared: 1 conflict"));
        Assert.That(Conflicts("--doc", "doc4.txt").Output, Does.Contain("1 pairs compared: 1 conflict"));
    }

    [Test]
    public void Fail_on_conflict_judges_only_the_pairs_the_filters_keep()
    {
        Assert.That(Conflicts("--fail-on-conflict").Exit, Is.EqualTo(1));
        Assert.That(Conflicts("--fail-on-conflict", "--status", "republished").Exit, Is.Zero);
    }

    [Test]
    public void A_date_that_cannot_be_read_is_a_usage_error()
    {
        var (exit, output) = Conflicts("--since", "last year");
        Assert.That((exit, output), Is.EqualTo((2, "--since, --until: a date like 2022, 2022-06 or 2022-06-30\n")));
    }

    [TestCase("2022-12-31", null, true)]
    [TestCase("2023-01-01", null, false)]
    [TestCase(null, "2022-01-01", true)]
    [TestCase(null, "2021-12-31", false)]
    public void A_period_filter_keeps_periods_that_overlap_it(string? since, string? until, bool kept)
    {
        var filter = new ClaimFilter(Since: since is null ? null : DateOnly.Parse(since), Until: until is null ? null : DateOnly.Parse(until));
        Assert.That(filter.Matches(Ledger[0]), Is.EqualTo(kept));
        Assert.That(filter.Matches(Make(9, 9, "1", 1, "x", null, null)), Is.False, "an undated claim is in no period");
    }

    [Test]
    public void Export_filters_choose_rows_but_corroboration_counts_the_whole_ledger()
    {
        using var folder = new TempFolder();
        folder.Write("data/metrics.json", """{"metrics":[]}""");
        var claims = new CliRunner(folder.File("data"));
        var db = folder.File("test.db");
        folder.Write("in/a.txt", "Briefing A\nMinister:\nWe built 120 bridges. We hired 300 engineers.\n");
        folder.Write("in/b.txt", "Briefing B\nAnalyst:\nThey built 150 bridges.\n");
        claims.Run("ingest", folder.File("in"), "--db", db, "--event-date", "2022-09-06");

        string Texts(params string[] args) => string.Join(",", CsvRecords.Parse(claims.Run(["export", "--db", db, "--format", "csv", .. args]).Output)
            .Skip(1).Select(r => r[6]));

        Assert.That(Texts(), Is.EqualTo("120,150,300"));
        Assert.That(Texts("--min", "130"), Is.EqualTo("150,300"));
        Assert.That(Texts("--max", "200", "--speaker", "minis"), Is.EqualTo("120"));
        Assert.That(Texts("--doc", "b.txt"), Is.EqualTo("150"));
        Assert.That(Texts("--doc", "1"), Is.EqualTo("120,300"));
        Assert.That(Texts("--unit", "percent"), Is.Empty);
        Assert.That(Texts("--since", "2020"), Is.Empty, "the fake extractor dates nothing");
    }
}
