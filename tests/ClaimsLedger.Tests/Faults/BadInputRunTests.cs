using System.Globalization;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// One `claims ingest` run (in process, fake extractor) over good files mixed with every kind of bad one: each bad file
/// gets one line naming it and the problem, the good ones go in, the run ends with the summary and exits non-zero, and
/// the ledger holds exactly the good documents and verifies.
/// </summary>
public class BadInputRunTests
{
    private const string LatinText = "Briefing in Z\u00fcrich\nThe caf\u00e9 served 120 cr\u00eapes to the ministers today.\n";
    private const string Windows1252Text = "Briefing\nThe minister said \u201cwe spent \u20ac40 million on 12 bridges\u201d today.\n";
    private const string ChineseText = "\u65b0\u95fb\u53d1\u5e03\u4f1a\n\u6211\u56fd\u5efa\u6210 185 \u4e07\u4e2a\u57fa\u7ad9\u3002\n";
    private const string Utf16Text = "Briefing\nWe opened 40 schools.\n";

    private TempFolder folder = null!;
    private CliRunner claims = null!;
    private string db = null!;
    private string input = null!;
    private Dictionary<string, string> expectedFailures = null!;
    private Dictionary<string, string> expectedTexts = null!;

    [SetUp]
    public void WriteMixedFolder()
    {
        folder = new TempFolder();
        claims = new CliRunner(folder.File("data"));
        db = folder.File("ledger.db");
        input = folder.File("in");
        expectedTexts = new()
        {
            [folder.Write("in/a-good.txt", "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n")] = "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n",
            [folder.WriteBytes("in/e-latin1.txt", AwkwardFiles.Latin1(LatinText))] = LatinText,
            [folder.WriteBytes("in/f-windows1252.txt", AwkwardFiles.Windows1252(Windows1252Text))] = Windows1252Text,
            [folder.WriteBytes("in/g-gb18030.txt", AwkwardFiles.Gb18030(ChineseText))] = ChineseText,
            [folder.WriteBytes("in/j-utf16.txt", AwkwardFiles.Utf16WithByteOrderMark(Utf16Text))] = Utf16Text,
            [folder.Write("in/z-good.txt", "Briefing Z\nWe built 7 bridges.\n")] = "Briefing Z\nWe built 7 bridges.\n",
        };
        var huge = folder.File("in/i-huge.txt");
        AwkwardFiles.WriteOneEndlessLine(huge, megabytes: 50);
        expectedFailures = new()
        {
            [folder.WriteBytes("in/b-empty.txt", [])] = "empty file",
            [folder.WriteBytes("in/c-image.txt", AwkwardFiles.Png)] = "binary file (PNG image), not text",
            [folder.WriteBytes("in/d-archive.txt", AwkwardFiles.Zip())] = "binary file (zip archive (or docx/xlsx)), not text",
            [folder.WriteBytes("in/h-garbage.txt", AwkwardFiles.InvalidBytes())] = "not UTF-8, and its encoding cannot be told with confidence; convert it to UTF-8",
            [huge] = string.Create(CultureInfo.InvariantCulture, $"too large ({new FileInfo(huge).Length:N0} bytes; the limit is 10,485,760)"),
            [folder.Write("in/k-blank.txt", " \n\t\r\n")] = "empty (only white space)",
            [folder.WriteBytes("in/l-nul.txt", [.. "We built"u8, 0, .. " 120 bridges."u8])] = "binary file (contains NUL bytes), not text",
            [folder.File("no-such-file.txt")] = "no such file",
        };
    }

    [TearDown]
    public void Delete() => folder.Dispose();

    private CliResult IngestAll() => claims.Run("ingest", input, folder.File("no-such-file.txt"), "--db", db, "--event-date", "2024-03-01");

    [Test]
    public void Each_bad_file_gets_one_line_naming_it_and_the_problem_and_the_run_exits_non_zero()
    {
        var result = IngestAll();

        var lines = result.Output.TrimEnd('\n').Split('\n');
        foreach (var (path, problem) in expectedFailures)
            Assert.That(lines.Where(l => l.Contains(path, StringComparison.Ordinal)), Is.EqualTo(new[] { $"failed     {path}: {problem}" }), path);
        Assert.That(result.Output + result.Error, Does.Not.Contain("   at ").And.Not.Contain("Exception"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void The_run_ends_with_the_summary_of_added_unchanged_failed_and_claims()
    {
        var result = IngestAll();

        var claimsStored = LedgerContents.ClaimsPerDocument(db).Values.Sum();
        Assert.That(claimsStored, Is.GreaterThan(0));
        Assert.That(result.Output, Does.EndWith(
            $"documents added: {expectedTexts.Count} (new revisions: 0), unchanged: 0, failed: {expectedFailures.Count}; claims added: {claimsStored}\n"));
    }

    [Test]
    public void The_ledger_holds_exactly_the_good_documents_decoded_and_verifies()
    {
        IngestAll();

        Assert.That(LedgerContents.DocumentPaths(db), Is.EquivalentTo(expectedTexts.Keys));
        using (var ledger = ClaimsLedger.Ledger.LedgerDatabase.Open(db))
        {
            foreach (var (path, text) in expectedTexts)
                Assert.That(ledger.Documents.FindSame(path, ClaimsLedger.Ledger.ContentHash.Of(text)), Is.Not.Null, $"{path} stored as {text}");
        }
        var verify = claims.Run("verify", "--db", db);
        Assert.That(verify.ExitCode, Is.Zero, verify.Output);
    }

    [Test]
    public void Files_decoded_from_another_encoding_go_in_with_a_note_saying_which()
    {
        var result = IngestAll();

        var warnings = result.Error.Split('\n');
        Assert.That(warnings, Does.Contain($"warning: {folder.File("in/e-latin1.txt")}: not UTF-8: decoded as Windows-1252 (Latin-1)"));
        Assert.That(warnings, Does.Contain($"warning: {folder.File("in/f-windows1252.txt")}: not UTF-8: decoded as Windows-1252 (Latin-1)"));
        Assert.That(warnings, Does.Contain($"warning: {folder.File("in/g-gb18030.txt")}: not UTF-8: decoded as GB18030"));
        Assert.That(warnings, Does.Contain($"warning: {folder.File("in/j-utf16.txt")}: decoded from UTF-16"));
    }

    [Test]
    public void Running_the_same_mixed_input_again_changes_nothing_and_fails_the_same_files()
    {
        IngestAll();
        var before = LedgerContents.Dump(db);

        var again = IngestAll();

        Assert.That(LedgerContents.Dump(db), Is.EqualTo(before));
        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Output, Does.EndWith(
            $"documents added: 0 (new revisions: 0), unchanged: {expectedTexts.Count}, failed: {expectedFailures.Count}; claims added: 0\n"));
    }

    [Test]
    public void A_bad_file_made_good_goes_in_on_the_next_run()
    {
        IngestAll();
        var empty = folder.Write("in/b-empty.txt", "Briefing B\nWe built 9 bridges.\n");

        var again = IngestAll();

        Assert.That(again.Output, Does.Contain($"added      {empty}: document {expectedTexts.Count + 1}, 1 claims\n"));
        Assert.That(LedgerContents.DocumentPaths(db), Is.EquivalentTo(expectedTexts.Keys.Append(empty)));
    }
}
