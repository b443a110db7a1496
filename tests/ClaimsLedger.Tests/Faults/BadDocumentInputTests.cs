using ClaimsLedger.Tests.Fixtures;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Bad inputs of the converted kinds, mixed with good ones in one run: each gets one line naming it and the problem, the
/// run exits non-zero, the good ones go in, and a ledger holding only them is unchanged by running the bad ones again.
/// </summary>
public class BadDocumentInputTests
{
    private TempFolder folder = null!;
    private CliRunner claims = null!;
    private string db = null!;
    private Dictionary<string, string> expectedFailures = null!;

    [SetUp]
    public void WriteMixedFolder()
    {
        folder = new TempFolder();
        claims = new CliRunner(folder.File("data"));
        db = folder.File("ledger.db");
        var pdf = File.ReadAllBytes(InputFixtures.PathOf("housing-press-release.pdf"));
        folder.WriteBytes("in/a-good.pdf", pdf);
        folder.Write("in/z-good.html", "<html><body><article><p>We built 120 bridges and hired 300 engineers last year.</p></article></body></html>");
        expectedFailures = new()
        {
            [folder.WriteBytes("in/b-truncated.pdf", pdf[..(pdf.Length / 2)])] = "truncated PDF (it does not end with %%EOF); save or download it again",
            [folder.WriteBytes("in/c-encrypted.pdf", File.ReadAllBytes(InputFixtures.PathOf("bad/encrypted-release.pdf")))] =
                "encrypted PDF (it needs a password); save a copy without encryption",
            [folder.WriteBytes("in/d-scanned.pdf", File.ReadAllBytes(InputFixtures.PathOf("bad/scanned-page.pdf")))] =
                "PDF with no text layer (a scanned image?); run OCR on it first",
            [folder.Write("in/e-no-body.html", "<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/news'>9 stories</a></nav><script>var n = 1;</script><footer>4 rights</footer></body></html>")] =
                "HTML page with no body text (nothing outside navigation, scripts and footers)",
            [folder.WriteBytes("in/f-renamed.docx", AwkwardFiles.Zip())] = "not a Word document (a zip archive without word/document.xml)",
            [folder.WriteBytes("in/g-garbage.pdf", [.. "%PDF-1.7\n"u8, .. AwkwardFiles.InvalidBytes(), .. "\n%%EOF\n"u8])] = "cannot read as PDF",
        };
    }

    [TearDown]
    public void Delete() => folder.Dispose();

    private CliResult IngestAll() => claims.Run("ingest", folder.File("in"), "--db", db, "--event-date", "2024-03-01");

    [Test]
    public void Each_bad_document_gets_one_line_naming_it_and_the_problem()
    {
        var result = IngestAll();

        var lines = result.Output.TrimEnd('\n').Split('\n');
        foreach (var (path, problem) in expectedFailures)
            Assert.That(lines.Where(l => l.Contains(path, StringComparison.Ordinal)).Single(), Does.StartWith($"failed     {path}: {problem}"), path);
        Assert.That(result.Output + result.Error, Does.Not.Contain("   at ").And.Not.Contain("Exception"));
        Assert.That(result.Output, Does.EndWith($"documents added: 2 (new revisions: 0), unchanged: 0, failed: {expectedFailures.Count}; claims added: {LedgerContents.ClaimsPerDocument(db).Values.Sum()}\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(LedgerContents.DocumentPaths(db), Is.EqualTo(new[] { folder.File("in/a-good.pdf"), folder.File("in/z-good.html") }));
    }

    [Test]
    public void Bad_documents_alone_leave_the_ledger_unchanged()
    {
        IngestAll();
        var before = LedgerContents.Dump(db);
        File.Delete(folder.File("in/a-good.pdf"));
        File.Delete(folder.File("in/z-good.html"));

        var again = claims.Run("ingest", folder.File("in"), "--db", db);

        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(LedgerContents.Dump(db), Is.EqualTo(before));
    }
}
