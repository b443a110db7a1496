using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Files and folders the user may not read (mode 000), through the real `claims` executable run so that chmod applies
/// to it: as root (where chmod stops nothing) it runs with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped; where that
/// is impossible the tests are ignored with the reason.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class UnreadableInputTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void Create()
    {
        folder = new TempFolder();
        PermissionBoundClaims.RequireOrIgnore();
    }

    [TearDown]
    public void Delete()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        folder.Dispose();
    }

    [Test]
    public void An_unreadable_file_gets_one_line_and_the_readable_ones_still_go_in()
    {
        var good = folder.Write("in/a-good.txt", "Briefing\nWe built 120 bridges in 2021.\n");
        var locked = folder.Write("in/b-locked.txt", "Briefing\nWe built 130 bridges in 2022.\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var db = folder.File("ledger.db");

        var (exitCode, output, error) = PermissionBoundClaims.Run(folder.Path, "ingest", folder.File("in"), "--db", db, "--event-date", "2023-01-01");

        AssertOneLine(output, locked, $"failed     {locked}: cannot read");
        Assert.That(output + error, Does.Not.Contain("   at "));
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Match(@"documents added: 1 \(new revisions: 0\), unchanged: 0, failed: 1; claims added: [1-9]\d*\n$"));
        Assert.That(LedgerContents.DocumentPaths(db), Is.EqualTo(new[] { good }));
    }

    [Test]
    public void An_unreadable_folder_gets_one_line_and_a_non_zero_exit_while_the_readable_files_still_go_in()
    {
        var good = folder.Write("in/a-good.txt", "Briefing\nWe built 120 bridges in 2021.\n");
        folder.Write("in/locked/b.txt", "Briefing\nWe built 130 bridges in 2022.\n");
        var lockedFolder = folder.File("in/locked");
        var lockedRoot = folder.File("locked-root");
        folder.Write("locked-root/c.txt", "Briefing\nWe built 140 bridges in 2023.\n");
        File.SetUnixFileMode(lockedFolder, UnixFileMode.None);
        File.SetUnixFileMode(lockedRoot, UnixFileMode.None);
        var db = folder.File("ledger.db");

        var (exitCode, output, error) = PermissionBoundClaims.Run(folder.Path, "ingest", folder.File("in"), lockedRoot, "--db", db,
            "--event-date", "2023-01-01");

        AssertOneLine(output, lockedFolder, $"failed     {lockedFolder}: ");
        AssertOneLine(output, lockedRoot, $"failed     {lockedRoot}: ");
        Assert.That(output + error, Does.Not.Contain("   at "));
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Match(@"documents added: 1 \(new revisions: 0\), unchanged: 0, failed: 2; claims added: [1-9]\d*\n$"));
        Assert.That(LedgerContents.DocumentPaths(db), Is.EqualTo(new[] { good }));
    }

    /// <summary>The run's output names <paramref name="path"/> on exactly one line, which starts as given.</summary>
    private static void AssertOneLine(string output, string path, string start)
    {
        var lines = output.Split('\n').Where(l => l.Contains(path, StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(1), output);
        Assert.That(lines[0], Does.StartWith(start));
    }
}
