using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Writes the timeline of one metric for `claims compare`: period by period, every figure with the interval it allows, its
/// source and speaker, and its status against the other figures of its period (at most <see cref="ClaimIdList.DefaultMax"/>
/// ids per status, then how many more); undated figures last.
/// </summary>
public static class TimelineWriter
{
    public static void Write(TextWriter output, string metric, IReadOnlyList<StoredClaim> claims, ComparisonReport report)
    {
        var pairsByClaim = new Dictionary<long, List<(PairStatus Status, long Other)>>();
        foreach (var pair in report.Pairs)
        {
            Get(pairsByClaim, pair.A.Id).Add((pair.Status, pair.B.Id));
            Get(pairsByClaim, pair.B.Id).Add((pair.Status, pair.A.Id));
        }

        var dated = claims
            .Select(c => (Claim: c, Period: ComparisonPeriod.Of(c.Claim.PeriodStart, c.Claim.PeriodEnd)))
            .Where(x => x.Period is not null)
            .GroupBy(x => x.Period!.Value)
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End)
            .ToList();
        var periods = dated.Count + (report.Undated.Count > 0 ? 1 : 0);
        output.WriteLine($"Timeline of {Model.DisplayText.OneLine(metric)}: {claims.Count} figures in {periods} periods");
        foreach (var period in dated)
        {
            output.WriteLine();
            output.WriteLine(period.Key.Label);
            foreach (var (claim, _) in period.OrderBy(x => x.Claim.Id))
                output.WriteLine($"  {Figure(claim)} -- {Standing(claim.Id, pairsByClaim, period.Count())}");
        }
        if (report.Undated.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("undated (not compared)");
            foreach (var claim in report.Undated) output.WriteLine($"  {Figure(claim)}");
        }
        output.WriteLine();
        output.WriteLine(PairReportWriter.Summary(report));
    }

    private static string Figure(StoredClaim stored)
    {
        var claim = stored.Claim;
        var unit = UnitNormalizer.Normalize(claim.Unit);
        var (low, high) = StatedInterval.For(claim.Value, claim.Text, claim.Qualifier, claim.Unit);
        var range = QuantityFormatter.Range(new ValueRange(low, high).Scale(unit.Factor), unit.Name);
        return $"{PairReportWriter.Source(stored)} allows {range}";
    }

    private static string Standing(long id, Dictionary<long, List<(PairStatus Status, long Other)>> pairsByClaim, int inPeriod)
    {
        if (!pairsByClaim.TryGetValue(id, out var pairs))
            return inPeriod == 1 ? "the only figure for this period" : "no figure from another source in this period";
        var parts = pairs
            .GroupBy(p => p.Status)
            .OrderBy(g => g.Key)
            .Select(g => $"{Verb(g.Key)} {ClaimIdList.Text(g.Select(p => p.Other).Distinct().Order().ToList())}");
        return string.Join("; ", parts);
    }

    private static string Verb(PairStatus status) => status switch
    {
        PairStatus.Conflict => "CONFLICTS with",
        PairStatus.Compatible => "compatible with",
        PairStatus.Same => "same as",
        PairStatus.Unresolved => "would conflict (subject unknown) with",
        _ => "republished as",
    };

    private static List<(PairStatus, long)> Get(Dictionary<long, List<(PairStatus, long)>> map, long id)
    {
        if (!map.TryGetValue(id, out var list)) map[id] = list = [];
        return list;
    }
}
