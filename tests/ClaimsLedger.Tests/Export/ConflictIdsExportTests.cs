using System.Text.Json;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Export;

/// <summary>`claims export --conflict-ids N`: conflicts_with names at most N of the claims a claim conflicts with (the
/// lowest ids), conflicts_count counts them all.</summary>
public class ConflictIdsExportTests : CliLedgerTest
{
    /// <summary>Five documents that each give another number of bridges for 2021: every claim conflicts with the four others.</summary>
    private void SaveDisagreeingDocuments()
    {
        using var ledger = LedgerDatabase.Open(Db);
        foreach (var (file, bridges) in new[] { ("a.txt", 90), ("b.txt", 120), ("c.txt", 150), ("d.txt", 180), ("e.txt", 210) })
        {
            var extracted = TestDocuments.Extracted($"We built {bridges} bridges in 2021.", "/corpus/" + file);
            var claims = extracted.Claims.Select(c => c with { PeriodStart = new DateOnly(2021, 1, 1), PeriodEnd = new DateOnly(2021, 12, 31) }).ToList();
            ledger.Documents.Save(extracted with { Claims = claims });
        }
    }

    private List<(long Id, long[] ConflictsWith, int ConflictsCount)> ExportedRows(params string[] options)
    {
        var result = Claims.Run(["export", "--format", "jsonl", "--db", Db, .. options]);
        Assert.That(result.ExitCode, Is.Zero, result.Error); // a warning that data/ has no currency rates: none are needed
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            return (root.GetProperty("id").GetInt64(),
                root.GetProperty("conflicts_with").EnumerateArray().Select(id => id.GetInt64()).ToArray(),
                root.GetProperty("conflicts_count").GetInt32());
        }).ToList();
    }

    [Test]
    public void By_default_every_conflicting_claim_of_a_small_group_is_named_and_counted()
    {
        SaveDisagreeingDocuments();

        var rows = ExportedRows();

        Assert.That(rows, Has.Count.EqualTo(5));
        foreach (var (id, conflictsWith, count) in rows)
        {
            Assert.That(conflictsWith, Is.EqualTo(rows.Select(r => r.Id).Where(other => other != id).Order()), $"claim {id}");
            Assert.That(count, Is.EqualTo(4), $"claim {id}");
        }
    }

    [Test]
    public void Conflict_ids_names_the_lowest_ids_only_and_the_count_stays_whole()
    {
        SaveDisagreeingDocuments();

        var rows = ExportedRows("--conflict-ids", "2");

        foreach (var (id, conflictsWith, count) in rows)
        {
            Assert.That(conflictsWith, Is.EqualTo(rows.Select(r => r.Id).Where(other => other != id).Order().Take(2)), $"claim {id}");
            Assert.That(count, Is.EqualTo(4), $"claim {id}");
        }
    }

    [Test]
    public void Csv_and_markdown_say_how_many_were_left_out()
    {
        SaveDisagreeingDocuments();

        var csv = Claims.Run("export", "--format", "csv", "--conflict-ids", "1", "--db", Db);
        var markdown = Claims.Run("export", "--format", "md", "--conflict-ids", "1", "--db", Db);

        Assert.That(csv.ExitCode, Is.Zero, csv.Error);
        var lines = csv.Output.Split('\n'); // CliRunner's output has its line ends made \n
        var header = lines[0].Split(',');
        var first = lines[1].Split(','); // no cell of these rows holds a comma
        Assert.That(first[Array.IndexOf(header, "conflicts_with")], Is.EqualTo("2"));
        Assert.That(first[Array.IndexOf(header, "conflicts_count")], Is.EqualTo("4"));
        Assert.That(markdown.Output, Does.Contain("| #2 and 3 more |"));
    }

    [Test]
    public void A_negative_conflict_ids_is_one_line_naming_the_option()
    {
        SaveDisagreeingDocuments();

        var result = Claims.Run("export", "--conflict-ids", "-1", "--db", Db);

        Assert.That(result, Is.EqualTo(new CliResult(2, "", "--conflict-ids: must be 0 or more\n")));
    }
}
