using System.Globalization;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// One metric and period with 75,000 claims (an extraction artefact): the comparison judges pairs per distinct figure,
/// so the pairs, the report and each claim's conflicts_with stay bounded by the figures (linear at worst), never by the
/// square of the claims, and the group is named in a warning.
/// </summary>
public class DegenerateGroupTests
{
    private const int Claims = 75_000;

    private static List<StoredClaim> Group(int distinctValues)
    {
        var (start, end) = Year(2022);
        return Enumerable.Range(1, Claims).Select(i =>
        {
            var value = 1001 + (i % distinctValues) * 7; // stated to the unit: any two differ
            return Make(i, i, value.ToString(CultureInfo.InvariantCulture), value, "page views", start, end);
        }).ToList();
    }

    [TestCase(12, 12 * 11 / 2)]
    [TestCase(Claims, Claims - 1)]
    public void A_huge_group_is_judged_per_distinct_figure_and_named_in_a_warning(int distinctValues, int maxPairs)
    {
        var engine = new ComparisonEngine(ShippedRates.Value);

        var report = engine.Compare(Group(distinctValues));

        Assert.That(report.Pairs, Has.Count.LessThanOrEqualTo(maxPairs));
        Assert.That(report.Pairs.Count(p => p.Status == PairStatus.Conflict), Is.GreaterThan(0), "the disagreement is still reported");
        Assert.That(engine.DegenerateGroups, Has.Count.EqualTo(1));
        Assert.That(engine.DegenerateGroups.Single(), Does.StartWith($"page views 2022: {Claims} claims in one period"));
        Assert.That(report.Notes, Has.Some.StartWith($"page views 2022: {Claims} claims"));
    }

    [Test]
    public void The_streamed_report_and_the_export_columns_of_a_huge_group_stay_linear()
    {
        var claims = Group(Claims);
        var engine = new ComparisonEngine(ShippedRates.Value);

        using var report = StreamedPairReport.Compare(ClaimBlocks.InMemory(claims), engine, PairReportFormat.Jsonl);
        using var output = new StringWriter();
        report.WriteTo(output);
        var rows = CorroborationStream.Corroborate([claims], new ComparisonEngine(ShippedRates.Value), c => c.ToList()).ToList();

        Assert.That(report.Counts.Total, Is.LessThan(Claims));
        Assert.That(output.GetStringBuilder().Length, Is.LessThan(Claims * 400), "about one line per claim at most");
        Assert.That(rows, Has.Count.EqualTo(Claims));
        Assert.That(rows.Max(r => r.Corroboration.ConflictsWith.Count), Is.LessThanOrEqualTo(2));
    }
}
