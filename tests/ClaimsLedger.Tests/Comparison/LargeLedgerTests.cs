using ClaimsLedger.Comparison;
using ClaimsLedger.Model;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

public class LargeLedgerTests
{
    [Test]
    public void A_group_beyond_the_pairwise_cap_still_reports_every_distinct_disagreement()
    {
        var (start, end) = Year(2022);
        var copies = Enumerable.Range(1, 30)
            .Select(i => Make(i, i, "1.25 billion", 1.25e9, "internet users", start, end, sentence: "Wire copy: 1.25 billion users."));
        var rival = Make(31, 31, "1.4 billion", 1.4e9, "internet users", start, end);
        var report = new ComparisonEngine(ShippedRates.Value, maxClaimsComparedPairwise: 10).Compare([.. copies, rival]);

        Assert.That(report.Pairs.Where(p => p.Status == PairStatus.Conflict).Select(p => (p.A.Id, p.B.Id)),
            Is.EqualTo(new[] { (1L, 31L) }));
        Assert.That(report.Notes, Has.Some.Contains("30 claims").Or.Some.Contains("31 claims"));
    }
}
