using System.Text.Json;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Ledger;

/// <summary>
/// `claims reextract`: the stored documents read again with the current extractor replace their claims whole, keep their
/// id, revision and provenance, and keep their fact-checks; a document whose checked figure would be lost is left alone.
/// A ledger whose claims an older extractor read is stood in for by editing its claim rows.
/// </summary>
public class ReextractTests : CliLedgerTest
{
    protected override string MetricCatalogue => """{"metrics":[]}""";

    [SetUp]
    public void IngestBriefing()
    {
        Folder.Write("in/briefing.txt", "Bridges briefing\nMinister Li:\nWe built 120 bridges. We hired 300 engineers.\n");
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-09-06", "--source", "Ministry").ExitCode, Is.Zero);
    }

    [Test]
    public void The_current_reading_replaces_the_old_one_and_the_document_stays()
    {
        var before = Export();
        using (var raw = LedgerContents.OpenRaw(Db))
        {
            raw.Execute("DELETE FROM claims WHERE id = 2");
            raw.Execute("UPDATE claims SET metric_phrase = 'an older reading', period_basis = NULL WHERE id = 1");
        }

        var run = Claims.Run("reextract", "--db", Db);

        Assert.That((run.ExitCode, run.Output), Is.EqualTo((0, "documents re-read: 1, kept as they were: 0, failed: 0; claims: 2 (were 1)\n")));
        Assert.That(Export(), Is.EqualTo(before), "every claim as an ingest reads it, with the document's provenance");
        using var ledger = LedgerContents.OpenRaw(Db);
        Assert.That(ledger.Query<(long, long, string)>("SELECT id, revision, source FROM documents").Single(), Is.EqualTo((1L, 1L, "Ministry")));
    }

    [Test]
    public void Reading_again_what_is_current_changes_no_claim()
    {
        var before = Export();
        Assert.That(Claims.Run("reextract", "--db", Db).ExitCode, Is.Zero);
        Assert.That(Claims.Run("reextract", "--db", Db, "--id", "1").ExitCode, Is.Zero);
        Assert.That(Export(), Is.EqualTo(before));
    }

    [Test]
    public void A_fact_check_moves_to_the_new_claim_of_the_same_figure()
    {
        Claims.Run("check", "2", "--db", Db, "--verdict", "false", "--note", "Payroll shows 280.");

        Assert.That(Claims.Run("reextract", "--db", Db).ExitCode, Is.Zero);

        var rows = Claims.Run("export", "--db", Db, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var checkedRow = rows.Single(r => r.GetProperty("verdict").ValueKind != JsonValueKind.Null);
        Assert.That((checkedRow.GetProperty("text").GetString(), checkedRow.GetProperty("verdict").GetString()), Is.EqualTo(("300", "false")));
        using var ledger = LedgerContents.OpenRaw(Db);
        Assert.That(ledger.ExecuteScalar<string>("SELECT note FROM checks WHERE id = 1"), Is.EqualTo("Payroll shows 280."));
    }

    [Test]
    public void A_document_whose_checked_figure_would_be_lost_is_left_as_it_was()
    {
        Claims.Run("check", "1", "--db", Db, "--verdict", "true");
        using (var raw = LedgerContents.OpenRaw(Db))
            raw.Execute("""UPDATE claims SET start = start + 1, "end" = "end" + 1, text = substr(text, 2) || ' ' WHERE id = 1""");
        var before = LedgerContents.Dump(Db);

        var run = Claims.Run("reextract", "--db", Db);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Match(@"^\S*briefing\.txt: kept as it was: 1 fact-check\(s\) are of figures the current extractor no longer reads\n$"));
        Assert.That(run.Output, Does.StartWith("documents re-read: 0, kept as they were: 1, failed: 0"));
        Assert.That(LedgerContents.Dump(Db), Is.EqualTo(before));
    }

    [Test]
    public void An_id_that_is_no_current_document_is_refused_in_one_line()
    {
        var before = LedgerContents.FileHash(Db);
        var run = Claims.Run("reextract", "--db", Db, "--id", "7");
        Assert.That((run.ExitCode, run.Error), Is.EqualTo((2, $"document 7: not a current document of {Db}\n")));
        Assert.That(LedgerContents.FileHash(Db), Is.EqualTo(before));
    }

    private string Export() =>
        string.Join('\n', Claims.Run("export", "--db", Db, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => string.Join('|', r.EnumerateObject().Where(p => p.Name != "id").Select(p => $"{p.Name}={p.Value}"))));
}
