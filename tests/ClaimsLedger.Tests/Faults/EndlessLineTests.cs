using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>A 50 MB file with no line break, let past the size limit, through the real `claims` executable and extractor.</summary>
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
        var watch = Stopwatch.StartNew();

        var result = ClaimsProcess.Run(folder.Path, "ingest", folder.File("in"), "--db", db, "--max-size-mb", "64", "--timeout-seconds", "30",
            "--event-date", "2022-01-01");

        // A bound against hanging, not a speed target: the good file's extraction (models warming up on a loaded machine)
        // must fit the timeout, which once was 3 s and failed it.
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromMinutes(5)), "the run must not hang on one endless line");
        var hugeLines = result.Output.Split('\n').Where(l => l.Contains(huge, StringComparison.Ordinal)).ToList();
        Assert.That(hugeLines, Has.Count.EqualTo(1), result.Output);
        Assert.That(result.Output + result.Error, Does.Not.Contain("   at "));
        Assert.That(result.Output, Does.Contain($"added      {good}: document "));
        // Whatever the limits do with it, the file ends in one clear line: refused with a reason, or stored whole.
        if (hugeLines[0].StartsWith("failed", StringComparison.Ordinal))
        {
            Assert.That(hugeLines[0], Does.Match($@"^failed     {Regex.Escape(huge)}: \S.+$"));
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Output, Does.Match(@"documents added: 1 \(new revisions: 0\), unchanged: 0, failed: 1; claims added: [1-9]\d*\n$"));
            Assert.That(LedgerContents.DocumentPaths(db), Is.EqualTo(new[] { good }));
        }
        else
        {
            Assert.That(hugeLines[0], Does.Match($@"^added      {Regex.Escape(huge)}: document \d+, \d+ claims$"));
            Assert.That(result.ExitCode, Is.Zero);
            Assert.That(LedgerContents.DocumentPaths(db), Is.EquivalentTo(new[] { good, huge }));
        }
        Assert.That(ClaimsProcess.Run(folder.Path, "verify", "--db", db).ExitCode, Is.Zero);
    }
}
