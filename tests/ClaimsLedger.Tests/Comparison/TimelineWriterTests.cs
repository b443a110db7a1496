using System.Globalization;
using ClaimsLedger.Comparison;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

public class TimelineWriterTests
{
    [Test]
    public void A_figure_at_odds_with_many_others_names_the_first_twenty_and_counts_the_rest()
    {
        var (start, end) = Year(2022);
        // 30 documents, each stating its own exact number of page views for 2022: every figure conflicts with the 29 others.
        var claims = Enumerable.Range(1, 30).Select(i =>
        {
            var value = 1000 + i * 7;
            return Make(i, i, value.ToString(CultureInfo.InvariantCulture), value, "page views", start, end);
        }).ToList();
        var report = Compare([.. claims]);
        using var output = new StringWriter();

        TimelineWriter.Write(output, "page views", claims, report);

        var lines = output.ToString().Split('\n').Where(l => l.StartsWith("  #", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(30));
        Assert.That(lines[0], Does.EndWith(" -- CONFLICTS with " + string.Join(", ", Enumerable.Range(2, 20).Select(i => $"#{i}")) + " and 9 more"));
        Assert.That(lines[29], Does.EndWith(" -- CONFLICTS with " + string.Join(", ", Enumerable.Range(1, 20).Select(i => $"#{i}")) + " and 9 more"));
    }
}
