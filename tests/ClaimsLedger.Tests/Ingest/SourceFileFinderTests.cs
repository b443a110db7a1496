using ClaimsLedger.Ingest;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ingest;

public class SourceFileFinderTests
{
    [Test]
    public void A_folder_expands_to_its_txt_files_recursively_in_name_order_and_files_stand_for_themselves()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "b");
        folder.Write("a.TXT", "a");
        folder.Write("notes.md", "not a transcript");
        folder.Write("sub/c.txt", "c");
        folder.Write("sub/deeper/d.txt", "d");
        var explicitFile = folder.Write("explicit.md", "asked for by name");

        var found = SourceFileFinder.Expand([folder.Path, explicitFile, folder.File("missing.txt")])
            .Select(p => Path.GetRelativePath(folder.Path, p)).ToList();

        Assert.That(found, Is.EqualTo(new[] { "a.TXT", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "explicit.md", "missing.txt" }));
    }
}
