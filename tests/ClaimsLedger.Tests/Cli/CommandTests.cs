using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Cli;

public class CommandTests : CliLedgerTest
{
    protected override string MetricCatalogue => """{"metrics":[{"name":"bridges","unit":"count","aliases":["river crossings"]}]}""";

    private void IngestBriefings()
    {
        Folder.Write("in/2021.txt", "Briefing 2021\nMinister:\nWe built 120 bridges. We hired 300 engineers.\n");
        Folder.Write("in/2022.txt", "Briefing 2022\nMinister:\nWe built 150 bridges.\n");
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-09-06").ExitCode, Is.Zero);
    }

    [Test]
    public void Ingest_prints_a_line_per_file_and_a_summary()
    {
        var a = Folder.Write("in/a.txt", "Briefing\nWe built 120 bridges.\n");
        var empty = Folder.WriteBytes("in/empty.txt", []);

        var result = Claims.Run("ingest", Folder.File("in"), "--db", Db);

        Assert.That(result.Output, Is.EqualTo($"""
            added      {a}: document 1, 1 claims
            failed     {empty}: empty file
            documents added: 1 (new revisions: 0), unchanged: 0, failed: 1; claims added: 1

            """));
        Assert.That(result.Error, Is.EqualTo($"warning: {a}: no event date found (give one with --event-date)\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Ingesting_again_reports_every_file_unchanged_and_exits_zero()
    {
        IngestBriefings();

        var again = Claims.Run("ingest", Folder.File("in"), "--db", Db);

        Assert.That(again.ExitCode, Is.Zero);
        Assert.That(again.Output, Does.EndWith("documents added: 0 (new revisions: 0), unchanged: 2, failed: 0; claims added: 0\n"));
    }

    [Test]
    public void A_bad_event_date_is_a_usage_error()
    {
        var result = Claims.Run("ingest", Folder.Write("a.txt", "x 1 y"), "--db", Db, "--event-date", "6 Sept 2022");

        Assert.That((result.ExitCode, result.Error), Is.EqualTo((2, "--event-date: '6 Sept 2022' is not a date like 2022-09-06\n")));
    }

    [Test]
    public void Query_lists_every_figure_of_a_metric_with_the_figure_marked_in_its_sentence()
    {
        IngestBriefings();

        var result = Claims.Run("query", "--metric", "River Crossings", "--db", Db);

        Assert.That(result.Output, Is.EqualTo("""
            River Crossings: 2 claims

            #1  120 count (exact)  period -  speaker Minister
                2021.txt, event 2022-09-06: We built [[120]] bridges.

            #3  150 count (exact)  period -  speaker Minister
                2022.txt, event 2022-09-06: We built [[150]] bridges.

            """));
    }

    [Test]
    public void Query_of_an_unknown_metric_says_so()
    {
        IngestBriefings();

        var result = Claims.Run("query", "--metric", "x' OR 1=1 --", "--db", Db);

        Assert.That((result.ExitCode, result.Output), Is.EqualTo((0, "no claims for metric 'x' OR 1=1 --' (list the metrics with: claims metrics)\n")));
    }

    [Test]
    public void Metrics_lists_counts_of_claims_documents_and_periods()
    {
        IngestBriefings();

        Assert.That(Claims.Run("metrics", "--db", Db).Output, Is.EqualTo("""
            claims  docs periods  metric
                 2     2       1  bridges
                 1     1       1  engineers
            2 metrics

            """));
    }

    [Test]
    public void Show_prints_a_claim_with_its_neighbouring_sentences()
    {
        IngestBriefings();

        var result = Claims.Run("show", "2", "--db", Db);

        Assert.That(result.Output, Does.Contain("  figure    \"300\" at [55, 58)\n"));
        Assert.That(result.Output, Does.Contain("  document  1 2021.txt (revision 1, current)\n"));
        Assert.That(result.Output, Does.EndWith("    We built 120 bridges.\n  > We hired [[300]] engineers.\n"));
    }

    [Test]
    public void Show_of_a_missing_claim_is_an_error()
    {
        IngestBriefings();

        Assert.That(Claims.Run("show", "99", "--db", Db), Is.EqualTo(new CliResult(2, "", "claim 99: not in the ledger\n")));
    }

    [Test]
    public void Export_writes_json_lines_to_a_file_and_csv_to_the_output()
    {
        IngestBriefings();
        var file = Folder.File("out.jsonl");

        var jsonl = Claims.Run("export", "--format", "jsonl", "--metric", "bridges", "--out", file, "--db", Db);
        var csv = Claims.Run("export", "--format", "csv", "--db", Db);

        Assert.That(jsonl.Output, Is.EqualTo($"2 claims written to {file}\n"));
        Assert.That(File.ReadAllLines(file), Has.Length.EqualTo(2));
        Assert.That(File.ReadAllLines(file)[0], Does.StartWith("""{"id":1,"doc":"2021.txt","title":"Briefing 2021","event_date":"2022-09-06","start":33,"end":36,"text":"120","""));
        Assert.That(csv.Output.Split('\n'), Has.Length.EqualTo(5)); // header, 3 claims, final empty
    }

    [Test]
    public void Export_refuses_an_unknown_format()
    {
        IngestBriefings();

        var result = Claims.Run("export", "--format", "xml", "--db", Db);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("xml"));
    }

    [Test]
    public void Verify_passes_on_a_fresh_ledger_and_fails_on_a_tampered_one()
    {
        IngestBriefings();
        Assert.That(Claims.Run("verify", "--db", Db), Is.EqualTo(new CliResult(0, "ledger ok: 2 documents, 5 sentences, 3 claims verified\n", "")));

        using (var ledger = ClaimsLedger.Ledger.LedgerDatabase.Open(Db))
            Dapper.SqlMapper.Execute(ledger.Connection, "UPDATE claims SET text = '999' WHERE id = 1");
        var tampered = Claims.Run("verify", "--db", Db);

        Assert.That(tampered.ExitCode, Is.EqualTo(1));
        Assert.That(tampered.Output, Does.StartWith("problem: claim 1: text \"999\" but document 1 has \"120\" at [33, 36)\n"));
    }

    [Test]
    public void Reading_commands_refuse_a_missing_ledger_without_creating_it()
    {
        var result = Claims.Run("metrics", "--db", Db);

        Assert.That(result, Is.EqualTo(new CliResult(2, "", $"{Db}: no such ledger (make one with: claims ingest PATH --db {Db})\n")));
        Assert.That(File.Exists(Db), Is.False);
    }

    [Test]
    public void A_file_that_is_not_a_ledger_is_refused_with_one_line_and_left_unchanged()
    {
        File.WriteAllText(Db, "not a ledger");

        var result = Claims.Run("ingest", Folder.Write("a.txt", "We built 1 bridges."), "--db", Db);

        Assert.That(result, Is.EqualTo(new CliResult(2, "", $"{Db}: not a claims ledger (not an SQLite database)\n")));
        Assert.That(File.ReadAllText(Db), Is.EqualTo("not a ledger"));
    }

    [Test]
    public void Changed_content_at_the_same_path_is_a_revision_and_the_old_claims_stay_queryable_as_superseded()
    {
        var path = Folder.Write("a.txt", "Briefing\nWe built 120 bridges.\n");
        Claims.Run("ingest", path, "--db", Db);
        File.WriteAllText(path, "Briefing\nWe built 125 bridges.\n");

        var revised = Claims.Run("ingest", path, "--db", Db);

        Assert.That(revised.Output, Does.StartWith($"revised    {path}: document 2, 1 claims\n"));
        Assert.That(Claims.Run("query", "-m", "bridges", "--db", Db).Output, Does.Contain("[[125]]").And.Not.Contain("[[120]]"));
        Assert.That(Claims.Run("query", "-m", "bridges", "--include-superseded", "--db", Db).Output, Does.Contain("[[120]]"));
        Assert.That(Claims.Run("show", "1", "--db", Db).Output, Does.Contain("(revision 1, superseded by document 2)"));
    }
}
