using ClaimsLedger.Extraction;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Fixtures;

/// <summary>The saved pages, PDFs and Word file under Fixtures/Inputs (see the README there), ingested with the real extractor.</summary>
internal static class InputFixtures
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "ClaimsLedger.Tests", "Fixtures", "Inputs");

    private static readonly Lazy<IClaimExtractor> Extractor = new(() =>
        ClaimExtractorFactory.CreateDefault(Path.Combine(AppContext.BaseDirectory, "data")));

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>The article text a reader sees in the fixture, as written down by hand beside it (NAME.article.txt).</summary>
    public static string VisibleText(string name) =>
        File.ReadAllText(PathOf(Path.GetFileNameWithoutExtension(name) + ".article.txt")).TrimEnd();

    /// <summary>Ingests one fixture into a fresh ledger and returns the stored document with its claims.</summary>
    public static (StoredDocument Document, IReadOnlyList<StoredClaim> Claims, IReadOnlyList<StoredSentence> Sentences) Ingest(string name)
    {
        using var folder = new TempFolder();
        using var ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        var outcome = new IngestPipeline(ledger, Extractor.Value).IngestFile(PathOf(name), new IngestOptions());
        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Added), outcome.Message);
        Assert.That(LedgerVerifier.Verify(ledger).IsClean, Is.True);
        var id = outcome.DocumentId!.Value;
        var claims = ledger.Claims.Query(null).Where(c => c.DocumentId == id).OrderBy(c => c.Claim.Start).ToList();
        return (ledger.Documents.Get(id)!, claims, ledger.Documents.GetSentences(id));
    }
}
