using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Comparison;

/// <summary>Builds stored claims shaped like the ledger's, with only what comparison reads.</summary>
internal static class TestClaims
{
    public static readonly Lazy<CurrencyRates> ShippedRates =
        new(() => CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data")));

    public static StoredClaim Make(
        long id,
        long document,
        string text,
        double value,
        string metric,
        DateOnly? start,
        DateOnly? end,
        string unit = "count",
        Qualifier qualifier = Qualifier.Exact,
        string? speaker = null,
        string? sentence = null)
    {
        var (low, high) = StatedInterval.For(value, text, qualifier, unit);
        var claim = new Claim(0, text.Length, text, 0, text.Length, value, unit, qualifier, low, high, metric, metric,
            start, end, null, speaker, null);
        return new StoredClaim(id, document, $"doc{document}.txt", $"Document {document}", null,
            sentence ?? $"Sentence {id} of document {document} says {text}.", claim);
    }

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static (DateOnly, DateOnly) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ComparisonReport Compare(params StoredClaim[] claims) =>
        new ComparisonEngine(ShippedRates.Value).Compare(claims);

    public static ComparedPair OnlyPair(params StoredClaim[] claims)
    {
        var report = Compare(claims);
        Assert.That(report.Pairs, Has.Count.EqualTo(1), string.Join("\n", report.Notes));
        return report.Pairs[0];
    }
}
