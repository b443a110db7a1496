using System.Diagnostics;
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

    [Test]
    public void A_million_claims_are_compared_well_under_thirty_seconds()
    {
        const int claims = 1_000_000;
        const string sentence = "The figure for the period was stated at the press conference.";
        var metrics = Enumerable.Range(0, 20_000).Select(i => $"metric {i}").ToArray();
        var ledger = new List<StoredClaim>(claims);
        for (var i = 0; i < claims; i++)
        {
            var year = 2012 + i % 10;
            var value = 1_000_000 + (i % 7) * 1_000;
            var text = $"{value / 1e6:0.000} million";
            var claim = new Claim(0, text.Length, text, 0, sentence.Length, value, "count", Qualifier.Exact, value, value,
                metrics[i / 50 % metrics.Length], "", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, null, null);
            ledger.Add(new StoredClaim(i + 1, i % 5_000, "doc.txt", null, null, sentence, claim));
        }

        var watch = Stopwatch.StartNew();
        var report = new ComparisonEngine(ShippedRates.Value).Compare(ledger);
        watch.Stop();

        Assert.That(report.Pairs, Is.Not.Empty);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)), $"{report.Pairs.Count} pairs in {watch.Elapsed}");
        TestContext.Out.WriteLine($"{claims} claims, {report.Pairs.Count} pairs in {watch.Elapsed}");
    }
}
