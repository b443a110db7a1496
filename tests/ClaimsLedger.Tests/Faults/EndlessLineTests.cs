using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>A 50 MB file with no line break, let past the size limit, through the real `claims` executable and extractor:
/// refused by the extraction budget, which counts work, not seconds (its old 3 s timeout failed on a loaded machine).</summary>
public class EndlessLineTests
{
    [Test]
    public void A_50_MB_line_let_past_the_size_limit_ends_with_a_clear_line_and_the_other_files_go_in()
    {
        using var folder = new TempFolder();
        var huge = folder.File("in/a-endless.txt");
        Directory.CreateDirectory(folder.File("in"));
        AwkwardFiles.WriteOneEndlessLine(huge, megabytes: 50);
        var good = folder.Write("in/b-good.txt", "Press conference\nWe built 120 bridges in 2021.\n");
        var db = folder.File("ledger.db");

        // No --timeout-seconds: the file is stopped by the count of its numbers (about two million, over the default
        // budget), the same on a quiet machine and a loaded one; the good file has the default two minutes to extract.
        var result = ClaimsProcess.Run(folder.Path, "ingest", folder.File("in"), "--db", db, "--max-size-mb", "64", "--event-date", "2022-01-01");

        var hugeLines = result.Output.Split('\n').Where(l => l.Contains(huge, StringComparison.Ordinal)).ToList();
        Assert.That(hugeLines, Is.EqualTo(new[] { $"failed     {huge}: more than 1,000,000 numbers (--max-numbers); skipped" }), result.Output);
        Assert.That(result.Output + result.Error, Does.Not.Contain("   at "));
        Assert.That(result.Output, Does.Contain($"added      {good}: document "));
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Match(@"documents added: 1 \(new revisions: 0\), unchanged: 0, failed: 1; claims added: [1-9]\d*\n$"));
        Assert.That(LedgerContents.DocumentPaths(db), Is.EqualTo(new[] { good }));
        Assert.That(ClaimsProcess.Run(folder.Path, "verify", "--db", db).ExitCode, Is.Zero);
    }
}
