using ClaimsLedger.Model;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Document-level period inference, for what one sentence cannot tell:
/// a "from A to B" with no years takes the years of an earlier "from A to B" for the same metric in the same document;
/// a figure stated as current that repeats an earlier figure (same metric, value and unit) takes that figure's period.
/// a figure that refers back ("the $1.2 billion fine you mentioned") takes the metric and period of the last earlier
/// figure of the same or a more specific metric ("fine" -> "fine on didi"), and its subject.
/// Otherwise the start of an unstated range stays unknown and its end is as of the event date.
/// </summary>
internal static partial class SameMetricPeriods
{
    /// <summary>
    /// "the $1.2 billion fine you mentioned", "the figure he cited": a noun phrase the speaker refers back to. An attribution
    /// ("She said the company employs ...") is not a reference back.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[a-z][\w\-]*\s+(?:that\s+|which\s+)?(?:you|he|she|they|we|I)\s+(?:just\s+)?(?:mentioned|cited|quoted|referred\s+to)\b(?!\s+that\b)|\bas\s+(?:just\s+)?mentioned\b|\bthe\s+aforementioned\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RefersBack();

    public static List<Claim> Resolve(string text, List<Claim> claims, DateOnly? eventDate)
    {
        var resolved = new List<Claim>(claims.Count);
        foreach (var c in claims)
        {
            resolved.Add(c.PeriodBasis switch
            {
                PeriodReader.UnstatedFrom or PeriodReader.UnstatedTo => FromEarlierRange(c, resolved, eventDate),
                PeriodReader.StatedAsCurrent =>
                    FromEarlierSameFigure(c, resolved) ?? (RefersBack().IsMatch(text.AsSpan(c.SentenceStart, c.SentenceEnd - c.SentenceStart).ToString())
                        ? FromEarlierSameMetric(c, resolved) : null) ?? c,
                _ => c,
            });
        }

        return resolved;
    }

    private static Claim FromEarlierRange(Claim c, List<Claim> earlier, DateOnly? eventDate)
    {
        var isStart = c.PeriodBasis == PeriodReader.UnstatedFrom;
        var match = earlier.LastOrDefault(e => e.Metric == c.Metric && e.Unit == c.Unit && e.PeriodBasis is { } b
            && b.StartsWith("from ", StringComparison.Ordinal) && b.EndsWith(isStart ? ": start" : ": end", StringComparison.Ordinal));
        if (match is not null)
        {
            return c with { PeriodStart = match.PeriodStart, PeriodEnd = match.PeriodEnd, PeriodBasis = $"same metric as claim at {match.Start}: {match.PeriodBasis}" };
        }

        return isStart || eventDate is null ? c : c with { PeriodStart = eventDate, PeriodEnd = eventDate, PeriodBasis = "end of an unstated range: as of the event date" };
    }

    private static Claim? FromEarlierSameMetric(Claim c, List<Claim> earlier)
    {
        var match = earlier.LastOrDefault(e => (e.Metric == c.Metric || e.Metric.StartsWith(c.Metric + " ", StringComparison.Ordinal))
            && IsMoney(e.Unit) == IsMoney(c.Unit) && e.PeriodStart is not null);
        return match is null ? null : c with
        {
            Metric = match.Metric,
            Subject = match.Subject ?? c.Subject,
            SubjectText = match.Subject is null ? c.SubjectText : match.SubjectText,
            SubjectBasis = match.Subject is null ? c.SubjectBasis : $"refers back to claim at {match.Start}: {match.SubjectBasis}",
            PeriodStart = match.PeriodStart,
            PeriodEnd = match.PeriodEnd,
            PeriodBasis = $"refers back to claim at {match.Start}: {match.PeriodBasis}",
        };
    }

    /// <summary>Money units are ISO 4217 codes: three capital letters.</summary>
    private static bool IsMoney(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);

    private static Claim? FromEarlierSameFigure(Claim c, List<Claim> earlier)
    {
        var match = earlier.LastOrDefault(e => e.Metric == c.Metric && e.Unit == c.Unit && e.Value.Equals(c.Value)
            && e.PeriodStart is not null && e.PeriodBasis != PeriodReader.StatedAsCurrent);
        return match is null ? null : c with { PeriodStart = match.PeriodStart, PeriodEnd = match.PeriodEnd, PeriodBasis = $"restates claim at {match.Start}: {match.PeriodBasis}" };
    }
}
