using ClaimsLedger.Ingest;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ingest;

public class SourceFileFinderTests
{
    [Test]
    public void A_folder_expands_to_its_documents_recursively_in_name_order_and_files_stand_for_themselves()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "b");
        folder.Write("a.TXT", "a");
        folder.Write("notes.md", "markdown is read");
        folder.Write("page.aspx", "<!DOCTYPE html><html><body>a saved page under another name</body></html>");
        folder.Write("data.json", "{\"not\": \"a document\"}");
        folder.Write("sub/c.txt", "c");
        folder.Write("sub/deeper/d.PDF", "%PDF-1.7");
        var explicitFile = folder.Write("explicit.json", "asked for by name");

        var found = SourceFileFinder.Expand([folder.Path, explicitFile, folder.File("missing.txt")])
            .Select(p => Path.GetRelativePath(folder.Path, p)).ToList();

        Assert.That(found, Is.EqualTo(new[] { "a.TXT", "b.txt", "notes.md", "page.aspx", "sub/c.txt", "sub/deeper/d.PDF", "explicit.json", "missing.txt" }));
    }

    [Test]
    public void The_other_files_of_a_folder_are_found_as_skipped_with_the_reason()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "about these files");
        folder.WriteBytes("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
        folder.Write("data.json", "{}");

        var skipped = SourceFileFinder.Find([folder.Path]).Select(f => (Path.GetFileName(f.Path), f.Skipped)).ToList();

        Assert.That(skipped, Is.EqualTo(new (string, string?)[]
        {
            ("README.md", "a README, not a document"),
            ("data.json", "not a format ingest reads (by its name or content)"),
            ("photo.jpg", "not a format ingest reads (JPEG image)"),
        }));
    }
}
