using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Support;

/// <summary>Builds documents and extracted documents from sentences written in the test.</summary>
public static class TestDocuments
{
    public static SourceDocument Document(string text, string path = "/corpus/briefing.txt", DateOnly? eventDate = null,
        string? title = "Briefing") =>
        new(path, Path.GetFileName(path), text, ContentHash.Of(text), title, eventDate, null, null);

    public static ExtractedDocument Extracted(string text, string path = "/corpus/briefing.txt", DateOnly? eventDate = null) =>
        new FakeClaimExtractor().Extract(Document(text, path, eventDate));
}
