using ClaimsLedger.Extraction;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Extraction;

/// <summary>One extractor with the shipped catalogues for all extraction tests (the models are costly to build).</summary>
internal static class ExtractionFixture
{
    public static readonly DateOnly EventDate = new(2023, 3, 14);

    private static readonly Lazy<IClaimExtractor> Extractor = new(() =>
        ClaimExtractorFactory.CreateDefault(Path.Combine(AppContext.BaseDirectory, "data")));

    public static IReadOnlyList<Claim> Claims(string text, DateOnly? eventDate = null, string? title = "Test")
    {
        var document = new SourceDocument("test.txt", "test.txt", text, "", title, eventDate ?? EventDate, null, null);
        return Extractor.Value.Extract(document).Claims;
    }

    public static Claim Single(string text, string figure, DateOnly? eventDate = null)
    {
        var claims = Claims(text, eventDate);
        var found = claims.Where(c => c.Text == figure).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"figures found: {string.Join(" | ", claims.Select(c => c.Text))}");
        return found[0];
    }
}
