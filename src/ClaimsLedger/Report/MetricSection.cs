using System.Text.Json;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Report;

/// <summary>
/// One metric of the report: its claims (with sentences), how each stands against the others, and the data block the
/// page draws its timeline and table from. The columns of a claim row are <see cref="ClaimColumns"/>, read by
/// Assets/report.js under the same names.
/// </summary>
internal sealed class MetricSection
{
    /// <summary>The order of the values in a claim row of a data block (report.js: <c>COL</c>).</summary>
    public static readonly string[] ClaimColumns =
    [
        "id", "doc", "text", "qualifier", "unit", "value", "low", "high", "start", "end", "period", "speaker", "status",
        "sentence", "figureStart", "figureEnd", "allows", "shown", "phrase", "periodBasis", "basis",
    ];

    private MetricSection(int index, string name, IReadOnlyList<StoredClaim> claims, ComparisonReport report)
    {
        Index = index;
        Name = name;
        Claims = claims;
        Report = report;
        Standings = ClaimStandings.Of(report);
    }

    public int Index { get; }
    public string Name { get; }
    public IReadOnlyList<StoredClaim> Claims { get; }
    public ComparisonReport Report { get; }
    public ClaimStandings Standings { get; }

    public string ElementId => $"metric-{Index}";
    public string DataId => $"data-{Index}";

    /// <summary>Compares the claims of one metric (a block of <see cref="ClaimBlocks"/>, sentences filled in).</summary>
    public static MetricSection Compare(int index, IReadOnlyList<StoredClaim> claims, ComparisonEngine engine) =>
        new(index, claims[0].Claim.Metric, claims, engine.Compare(claims));

    /// <summary>Claims per status, in the order of <see cref="ClaimStandings.StatusOf"/>.</summary>
    public int[] StatusCounts()
    {
        var counts = new int[ClaimStandings.NotCompared + 1];
        foreach (var claim in Claims) counts[Standings.StatusOf(claim.Id)]++;
        return counts;
    }

    public SectionSummary Summary() => new(Index, Name, Claims.Count, StatusCounts(),
        Claims.Select(c => c.DocumentId).Distinct().Order().ToArray(),
        Claims.Select(c => c.Claim.PeriodStart ?? c.Claim.PeriodEnd).Min(),
        Claims.Select(c => c.Claim.PeriodEnd ?? c.Claim.PeriodStart).Max());

    /// <summary>The data block: claim rows (<see cref="ClaimColumns"/>) and the listed pairs [a, b, status, reason].</summary>
    public void WriteData(TextWriter output) => Html.JsonBlock(output, DataId, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("claims");
        foreach (var stored in Claims) WriteClaim(json, stored);
        json.WriteEndArray();
        json.WriteStartArray("pairs");
        foreach (var pair in Standings.Listed)
        {
            json.WriteStartArray();
            json.WriteNumberValue(pair.A.Id);
            json.WriteNumberValue(pair.B.Id);
            json.WriteNumberValue((int)pair.Status);
            json.WriteStringValue(pair.Reason);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private void WriteClaim(Utf8JsonWriter json, StoredClaim stored)
    {
        var claim = stored.Claim;
        var unit = UnitNormalizer.Normalize(claim.Unit);
        var (low, high) = StatedInterval.For(claim.Value, claim.Text, claim.Qualifier, claim.Unit);
        var range = new ValueRange(low, high).Scale(unit.Factor);
        var value = claim.Value * unit.Factor;
        json.WriteStartArray();
        json.WriteNumberValue(stored.Id);
        json.WriteNumberValue(stored.DocumentId);
        json.WriteStringValue(claim.Text);
        json.WriteStringValue(claim.Qualifier.ToName());
        json.WriteStringValue(unit.Name);
        Html.Number(json, value);
        Html.Number(json, range.Low);
        Html.Number(json, range.High);
        Html.Date(json, claim.PeriodStart);
        Html.Date(json, claim.PeriodEnd);
        json.WriteStringValue(ComparisonPeriod.Of(claim.PeriodStart, claim.PeriodEnd)?.Label ?? "no date");
        json.WriteStringValue(claim.Speaker);
        json.WriteNumberValue(Standings.StatusOf(stored.Id));
        json.WriteNumberValue(claim.SentenceStart);
        json.WriteNumberValue(claim.Start - claim.SentenceStart);
        json.WriteNumberValue(claim.End - claim.SentenceStart);
        json.WriteStringValue(QuantityFormatter.Range(range, unit.Name));
        json.WriteStringValue(QuantityFormatter.Value(value, unit.Name));
        // The words the metric was read from, left out where they are the metric's name (most claims of a large ledger).
        json.WriteStringValue(string.Equals(claim.MetricPhrase, claim.Metric, StringComparison.OrdinalIgnoreCase) ? null : claim.MetricPhrase);
        json.WriteStringValue(claim.PeriodBasis);
        json.WriteStringValue(claim.Basis);
        json.WriteEndArray();
    }
}
