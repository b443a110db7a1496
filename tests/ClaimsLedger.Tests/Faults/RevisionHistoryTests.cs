using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>A file changed at a path already in the ledger: a new revision beside the old one, which is never overwritten.</summary>
public class RevisionHistoryTests
{
    [Test]
    public void Each_change_at_an_ingested_path_adds_a_revision_and_leaves_every_earlier_row_as_it_was()
    {
        using var folder = new TempFolder();
        var claims = new CliRunner(folder.File("data"));
        var db = folder.File("ledger.db");
        var path = folder.Write("briefing.txt", "Briefing\nWe built 120 bridges. We hired 300 engineers.\n");
        Assert.That(claims.Run("ingest", path, "--db", db, "--event-date", "2022-01-01").ExitCode, Is.Zero);
        var history = new List<string> { LedgerContents.Dump(db) };

        foreach (var figure in new[] { "125", "130", "120" })
        {
            File.WriteAllText(path, $"Briefing\nWe built {figure} bridges. We hired 300 engineers.\n");
            var revised = claims.Run("ingest", path, "--db", db, "--event-date", "2022-01-01");

            Assert.That(revised.Output, Does.StartWith($"revised    {path}: document {history.Count + 1}, 2 claims\n"));
            var now = LedgerContents.Dump(db);
            // Earlier documents' rows stay, except superseded_by now naming the new revision.
            Assert.That(RowsOfEarlierDocuments(now, history.Count), Is.EqualTo(RowsOfEarlierDocuments(history[^1], history.Count)));
            history.Add(now);
        }

        Assert.That(LedgerContents.DocumentPaths(db), Is.EqualTo(Enumerable.Repeat(path, 4)));
        Assert.That(claims.Run("query", "--metric", "bridges", "--db", db).Output, Does.Contain("[[120]]").And.Not.Contain("[[125]]"));
        var all = claims.Run("query", "--metric", "bridges", "--include-superseded", "--db", db).Output;
        Assert.That(all, Does.StartWith("bridges: 4 claims\n").And.Contain("[[125]]").And.Contain("[[130]]"));
        Assert.That(claims.Run("show", "1", "--db", db).Output, Does.Contain("(revision 1, superseded by document 2)"));
        Assert.That(claims.Run("verify", "--db", db).ExitCode, Is.Zero);
    }

    /// <summary>Sentence and claim rows of documents 1..count, and their document rows without the superseded_by column.</summary>
    private static List<string> RowsOfEarlierDocuments(string dump, int count) =>
        dump.Split('\n')
            .Select(row => row.Split(", "))
            .Where(cells => cells.Length == 5 ? long.Parse(cells[0].TrimStart('('), System.Globalization.CultureInfo.InvariantCulture) <= count
                : long.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture) <= count)
            .Select(cells => cells.Length == 5 ? string.Join(", ", cells[..4]) : string.Join(", ", cells))
            .ToList();
}
