using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Report;

/// <summary>
/// The top of the report: how much the ledger holds, compared pairs by status, and the conflicts, each with both
/// sentences (figure marked), both intervals and the reason. Static HTML, readable before any script runs; past
/// <see cref="MaxConflictsListed"/> conflicts the rest are counted and left to their metric's section.
/// </summary>
internal sealed class ReportOverview
{
    public const int MaxConflictsListed = 200;

    private readonly long[] pairs = new long[Enum.GetValues<PairStatus>().Length];
    private readonly List<(MetricSection Section, ComparedPair Pair)> conflicts = [];

    public long Claims { get; private set; }
    public int Metrics { get; private set; }
    public long NotCompared { get; private set; }

    public long Pairs(PairStatus status) => pairs[(int)status];

    public void Add(MetricSection section)
    {
        Metrics++;
        Claims += section.Claims.Count;
        NotCompared += section.StatusCounts()[ClaimStandings.NotCompared];
        foreach (var pair in section.Report.Pairs) pairs[(int)pair.Status]++;
        foreach (var pair in section.Report.OrderedPairs().TakeWhile(p => p.Status == PairStatus.Conflict))
        {
            if (conflicts.Count >= MaxConflictsListed) break;
            conflicts.Add((section, pair));
        }
    }

    public void Write(TextWriter output, int documents, string? scope)
    {
        output.Write("<section id=\"overview\" class=\"overview\">\n<h2>Overview");
        if (scope is not null) output.Write($" <span class=\"scope\">({Html.Text(scope)})</span>");
        output.Write("</h2>\n<div class=\"cards\">");
        Card(output, documents, "documents");
        Card(output, Claims, "figures (claims)");
        Card(output, Metrics, "metrics");
        Card(output, pairs.Sum(), "compared pairs");
        output.Write("</div>\n<ul class=\"pairs\">");
        foreach (var status in Enum.GetValues<PairStatus>())
            output.Write($"<li class=\"st-{status.ToName()}\"><span class=\"swatch\"></span><b>{Html.Count(Pairs(status))}</b> {Html.Text(StatusWords(status))}</li>");
        output.Write($"<li class=\"st-none\"><span class=\"swatch\"></span><b>{Html.Count(NotCompared)}</b> figures not compared "
            + "(no other source for the same period, or no date)</li></ul>\n");
        WriteConflicts(output);
        output.Write("</section>\n");
    }

    private void WriteConflicts(TextWriter output)
    {
        var total = Pairs(PairStatus.Conflict);
        output.Write($"<h3 id=\"conflicts\">Conflicts ({Html.Count(total)})</h3>\n");
        if (total == 0)
        {
            output.Write("<p>No two sources disagree beyond what their wording allows.</p>\n");
            return;
        }
        output.Write("<p class=\"help\">Two sources state the same metric for the same period, and no rounding, qualifier "
            + "(\"about\", \"over\") or exchange rate reconciles their figures.</p>\n<ol class=\"conflicts\">\n");
        foreach (var (section, pair) in conflicts)
        {
            var period = new ComparisonPeriod(pair.PeriodStart, pair.PeriodEnd).Label;
            output.Write($"<li class=\"conflict\"><div class=\"what\"><a href=\"#{section.ElementId}\">{Html.Text(section.Name)}</a>, {Html.Text(period)}</div>\n");
            output.Write("<div class=\"sides\">");
            Side(output, pair.A);
            Side(output, pair.B);
            output.Write($"</div>\n<div class=\"reason\">{Html.Text(pair.Reason)}</div></li>\n");
        }
        output.Write("</ol>\n");
        if (total > conflicts.Count)
            output.Write($"<p>… and {Html.Count(total - conflicts.Count)} more conflicts: see the red marks in each metric below.</p>\n");
    }

    private static void Side(TextWriter output, StoredClaim stored)
    {
        var claim = stored.Claim;
        var unit = UnitNormalizer.Normalize(claim.Unit);
        var (low, high) = StatedInterval.For(claim.Value, claim.Text, claim.Qualifier, claim.Unit);
        var allows = QuantityFormatter.Range(new ValueRange(low, high).Scale(unit.Factor), unit.Name);
        var speaker = claim.Speaker is null ? "" : $", {Html.Text(claim.Speaker)}";
        output.Write($"<div class=\"side\"><div class=\"src\"><a href=\"#claim-{stored.Id}\">#{stored.Id}</a> "
            + $"<span title=\"{Html.Text(stored.Title)}\">{Html.Text(stored.DocumentFile)}</span>{speaker}</div>"
            + $"<blockquote>{Html.Marked(stored.Sentence, claim.Start - claim.SentenceStart, claim.End - claim.SentenceStart)}</blockquote>"
            + $"<div class=\"allows\">allows {Html.Text(allows)}</div></div>");
    }

    private static void Card(TextWriter output, long count, string label) =>
        output.Write($"<div class=\"card\"><b>{Html.Count(count)}</b> {Html.Text(label)}</div>");

    public static string StatusWords(PairStatus status) => status switch
    {
        PairStatus.Conflict => "conflict: the figures cannot both be right",
        PairStatus.Compatible => "compatible: different wording, but a value both allow",
        PairStatus.Same => "same: the same figure from independent sources",
        PairStatus.Republished => "republished: the same sentence copied, not a confirmation",
        _ => "unresolved: they would conflict, but one names no subject; a person must say whether both are about the same one",
    };
}
