using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Comparison;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>
/// The same documents in an SQLite file and in a PostgreSQL database give the same bytes from every reading command:
/// the comparison (conflicts in each format, compare for each metric), the exports with corroboration, metrics, query.
/// And claims copy moves a ledger between the two, both ways, changing none of it.
/// </summary>
public class BackendParityTests : PostgresFolderTest
{
    private CliRunner claims = null!;

    [SetUp]
    public void CreateRunner() => claims = new CliRunner(Path.Combine(RepositoryPaths.Root, "data"));

    private static IEnumerable<string[]> ReadingCommands()
    {
        foreach (var format in new[] { "text", "md", "jsonl", "csv" })
            yield return ["conflicts", "--format", format];
        foreach (var format in new[] { "jsonl", "csv", "md" })
            yield return ["export", "--format", format];
        yield return ["export", "--metric", "GDP growth"];
        yield return ["metrics"];
        yield return ["query", "--metric", "fines", "--include-superseded"];
        foreach (var metric in new[] { "internet users", "fines", "5G base stations", "GDP growth", "grain output" })
            yield return ["compare", "--metric", metric];
    }

    private void AssertSameOutput(string first, string second)
    {
        foreach (var command in ReadingCommands())
        {
            var a = claims.Run([.. command, "--db", first]);
            var b = claims.Run([.. command, "--db", second]);
            var what = string.Join(' ', command);
            Assert.That(a.ExitCode, Is.Zero, what + ": " + a.Error);
            Assert.That(a.Output, Has.Length.GreaterThan(100), what);
            Assert.That(b.Output, Is.EqualTo(a.Output), what);
            Assert.That((b.ExitCode, b.Error), Is.EqualTo((a.ExitCode, a.Error)), what);
        }
    }

    [Test]
    public void The_same_documents_read_the_same_from_both_back_ends()
    {
        var file = folder.File("ledger.db");
        using (var ledger = LedgerDatabase.Open(file))
            VariedLedger.Fill(ledger);
        using (var ledger = LedgerDatabase.Open(server.Uri))
            VariedLedger.Fill(ledger);

        AssertSameOutput(file, server.Uri);
    }

    [Test]
    public void A_ledger_copied_to_the_server_and_back_is_the_same_ledger()
    {
        var original = folder.File("original.db");
        using (var ledger = LedgerDatabase.Open(original))
            VariedLedger.Fill(ledger);
        var back = folder.File("back.db");

        var up = claims.Run("copy", "--from", original, "--to", server.ConnectionString);
        var down = claims.Run("copy", "--from", server.Uri, "--to", back);

        Assert.That((up.ExitCode, up.Error), Is.EqualTo((0, "")), up.Output);
        Assert.That(up.Output, Does.Match(@"\ncopy verified: 33 documents, \d+ sentences, 396 claims\n$"));
        Assert.That((down.ExitCode, down.Error), Is.EqualTo((0, "")), down.Output);
        Assert.That(down.Output, Does.Match(@"\ncopy verified: 33 documents, \d+ sentences, 396 claims\n$"));
        AssertSameOutput(original, server.Uri);
        AssertSameOutput(original, back);
        using var a = LedgerDatabase.Open(original);
        using var b = LedgerDatabase.Open(back);
        const string Rows = """SELECT id, document_id, sentence_id, metric_id, start, "end", text, value, low, high FROM claims ORDER BY id""";
        Assert.That(b.Connection.Query<(long, long, long, long, long, long, string, double, double?, double?)>(Rows),
            Is.EqualTo(a.Connection.Query<(long, long, long, long, long, long, string, double, double?, double?)>(Rows)));
    }

    [Test]
    public void A_copy_into_a_ledger_that_holds_documents_is_refused_and_changes_nothing()
    {
        var file = folder.File("ledger.db");
        using (var ledger = LedgerDatabase.Open(file))
            VariedLedger.Fill(ledger, documents: 3);
        using (var ledger = LedgerDatabase.Open(server.Uri))
            ledger.Documents.Save(TestDocuments.Extracted("We built 120 bridges in 2021.\n"));

        var result = claims.Run("copy", "--from", file, "--to", server.Uri);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("is not empty (table documents has rows); copy into a new ledger"));
        using var check = LedgerDatabase.Open(server.Uri);
        Assert.That(check.Documents.Count(), Is.EqualTo((1L, 1L)));
    }
}
