using ClaimsLedger.Comparison;
using ClaimsLedger.Model;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

/// <summary>
/// Claims shaped like those of the Aug. 19, 2022 CAC press conference of the seed corpus (one document, several speakers):
/// none of them conflicts, each pair below is compatible or the same for the stated reason.
/// </summary>
public class SeedShapedAcceptanceTests
{
    private const long Conference = 3;
    private const string Niu = "Niu Yibing";
    private const string Wang = "Wang Song";
    private static readonly DateOnly EventDay = Day(2022, 8, 19);
    private static readonly (DateOnly Start, DateOnly End) Year2012 = Year(2012);
    private static readonly (DateOnly Start, DateOnly End) Year2021 = Year(2021);
    private static readonly (DateOnly Start, DateOnly End) July2022 = (Day(2022, 7, 1), Day(2022, 7, 31));

    private static readonly StoredClaim[] Claims =
    [
        Make(1, Conference, "564 million", 564e6, "internet users", Year2012.Start, Year2012.End, speaker: Niu),
        Make(2, Conference, "over 1.03 billion", 1.03e9, "internet users", Year2021.Start, Year2021.End, qualifier: Qualifier.Over, speaker: Niu),
        Make(3, Conference, "around 1.85 million", 1.85e6, "5G base stations", EventDay, EventDay, qualifier: Qualifier.Approx, speaker: Niu),
        Make(4, Conference, "455 million", 455e6, "5G users", EventDay, EventDay, speaker: Niu),
        Make(5, Conference, "45.5 trillion yuan", 45.5e12, "digital economy", Year2021.Start, Year2021.End, "CNY", speaker: Niu),
        Make(6, Conference, "39.8%", 39.8, "digital economy share of GDP", Year2021.Start, Year2021.End, "percent", speaker: Niu),
        Make(7, Conference, "8.206 billion yuan", 8.206e9, "Didi fine", July2022.Start, July2022.End, "CNY", speaker: Niu),
        // An unlabelled reporter's question in the transcript: no speaker (were it given to Niu Yibing, it would not be compared).
        Make(8, Conference, "$7.1 trillion", 7.1e12, "digital economy", Year2021.Start, Year2021.End, "USD", speaker: null),
        Make(9, Conference, "1.854 million", 1.854e6, "5G base stations", EventDay, EventDay, speaker: Wang),
        Make(10, Conference, "exceeding 450 million", 450e6, "5G users", EventDay, EventDay, qualifier: Qualifier.Over, speaker: Wang),
        Make(11, Conference, "39.8%", 39.8, "digital economy share of GDP", Year2021.Start, Year2021.End, "percent", speaker: Wang),
        Make(12, Conference, "560 million", 560e6, "internet users", Year2012.Start, Year2012.End, speaker: Wang),
        Make(13, Conference, "1.032 billion", 1.032e9, "internet users", Year2021.Start, Year2021.End, speaker: Wang),
        Make(14, Conference, "$1.2 billion", 1.2e9, "Didi fine", July2022.Start, July2022.End, "USD", speaker: "Bloomberg"),
    ];

    private static ComparisonReport Report => Compare(Claims);

    [Test]
    public void Nothing_in_the_conference_conflicts()
    {
        Assert.That(Report.Pairs.Where(p => p.Status == PairStatus.Conflict).Select(p => p.Reason), Is.Empty);
    }

    [TestCase(1, 12, "#1 \"564 million\" allows 563.5–564.5 million; #12 \"560 million\" allows 555–565 million; both allow 563.5–564.5 million")]
    [TestCase(2, 13, "#2 \"over 1.03 billion\" (over) allows 1.03–1.133 billion; #13 \"1.032 billion\" allows 1.0315–1.0325 billion; both allow 1.0315–1.0325 billion")]
    [TestCase(3, 9, "#3 \"around 1.85 million\" (approx) allows 1.7945–1.9055 million; #9 \"1.854 million\" allows 1.8535–1.8545 million; both allow 1.8535–1.8545 million")]
    [TestCase(4, 10, "#4 \"455 million\" allows 454.5–455.5 million; #10 \"exceeding 450 million\" (over) allows 450–495 million; both allow 454.5–455.5 million")]
    [TestCase(7, 14, "#7 \"8.206 billion yuan\" allows 8.2055–8.2065 billion CNY; #14 \"$1.2 billion\" allows 1.15–1.25 billion USD, which at 6.7352 CNY per USD (monthly averages 2022-07, ±1% slack) is 7.66803–8.50319 billion CNY; both allow 8.2055–8.2065 billion CNY")]
    [TestCase(5, 8, "#5 \"45.5 trillion yuan\" allows 45.45–45.55 trillion CNY; #8 \"$7.1 trillion\" allows 7.05–7.15 trillion USD, which at 6.3727–6.5186 CNY per USD (monthly averages 2021-01..2021-12, ±1% slack) is 44.4783–47.0741 trillion CNY; both allow 45.45–45.55 trillion CNY")]
    public void Roundings_qualifiers_and_currencies_are_compatible_with_a_checkable_reason(long a, long b, string reason)
    {
        var pair = Report.Pairs.Single(p => p.A.Id == a && p.B.Id == b);
        Assert.That(pair.Status, Is.EqualTo(PairStatus.Compatible));
        Assert.That(pair.Reason, Is.EqualTo(reason));
    }

    [Test]
    public void The_share_of_GDP_stated_by_two_speakers_is_the_same()
    {
        var pair = Report.Pairs.Single(p => p.A.Id == 6 && p.B.Id == 11);
        Assert.That(pair.Status, Is.EqualTo(PairStatus.Same));
    }

    // Issue #16: two officials of one press conference are one source (their document), so they confirm each other's
    // figures (same or compatible pairs above) without being independent sources; this test asserted 1 when a source
    // was a (document, speaker).
    [Test]
    public void Figures_confirmed_only_within_one_press_conference_have_no_independent_source()
    {
        var corroboration = Report.Corroboration();
        foreach (var claim in Claims)
        {
            Assert.That(corroboration.For(claim.Id).IndependentSources, Is.Zero, $"#{claim.Id}");
            Assert.That(corroboration.For(claim.Id).ConflictsWith, Is.Empty, $"#{claim.Id}");
        }
    }
}
