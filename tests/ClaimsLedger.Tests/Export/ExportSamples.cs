using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Export;

/// <summary>Two stored claims for the export goldens: a plain one, and one whose every text field is hostile.</summary>
internal static class ExportSamples
{
    public static readonly StoredClaim BaseStations = new(1, 1, "briefing.txt", "Press conference", new DateOnly(2022, 9, 6),
        "We have built 1.85 million 5G base stations.",
        new Claim(14, 26, "1.85 million", 0, 45, 1_850_000, "count", Qualifier.Exact, 1_845_000, 1_855_000, "5g base stations",
            "5G base stations", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), "by the end of 2022", "Zhang Yong", null))
    {
        Source = "中国网",
        Url = "https://example.org/briefing (1).html",
        PublishedDate = new DateOnly(2022, 9, 7),
    };

    public static readonly StoredClaim Hostile = new(2, 2, "a,b \"x\".txt", "=HYPERLINK(\"http://evil\")", null,
        "Over 30% | of *users*\nsaid so.",
        new Claim(5, 8, "30%", 0, 30, 30, "percent", Qualifier.Over, 30, double.PositiveInfinity, "-users | <b>share</b>",
            "@users", null, null, null, "+Li, \"Wei\"", "GDP_growth"))
    {
        Source = "-Wire",
        Url = "javascript:alert(1)",
    };

    /// <summary>The first confirmed by two independent sources and in conflict with claims 7 and 9; the second compared with nothing.</summary>
    public static readonly CorroboratedClaim[] Both =
    [
        new(BaseStations, new ClaimCorroboration(1, 2, [7, 9], [])),
        new(Hostile, new ClaimCorroboration(2, 0, [], [])),
    ];
}
