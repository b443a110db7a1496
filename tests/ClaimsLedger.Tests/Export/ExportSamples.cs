using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Export;

/// <summary>Two stored claims for the export goldens: a plain one, and one whose every text field is hostile.</summary>
internal static class ExportSamples
{
    public static readonly StoredClaim BaseStations = new(1, 1, "briefing.txt", "Press conference", new DateOnly(2022, 9, 6),
        "We have built 1.85 million 5G base stations.",
        new Claim(14, 26, "1.85 million", 0, 45, 1_850_000, "count", Qualifier.Exact, 1_845_000, 1_855_000, "5g base stations",
            "5G base stations", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), "by the end of 2022", "Zhang Yong", null));

    public static readonly StoredClaim Hostile = new(2, 2, "a,b \"x\".txt", "=HYPERLINK(\"http://evil\")", null,
        "Over 30% | of *users*\nsaid so.",
        new Claim(5, 8, "30%", 0, 30, 30, "percent", Qualifier.Over, 30, double.PositiveInfinity, "-users | <b>share</b>",
            "@users", null, null, null, "+Li, \"Wei\"", "GDP_growth"));

    public static readonly StoredClaim[] Both = [BaseStations, Hostile];
}
