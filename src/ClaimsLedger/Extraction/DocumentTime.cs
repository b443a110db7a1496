using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Time a document states once for many figures. <see cref="Reference"/>: the period its title or first sentences name
/// ("Consumer price index - December 2021", "China's GDP ... in 2022", "for its fiscal 2022 fourth quarter ended
/// September 24, 2022"), which a figure whose own sentence states no time takes, when it is reported rather than stated
/// as current. <see cref="Fiscal"/>: the fiscal calendar, where the document states one.
/// </summary>
public sealed partial record DocumentTime(Period? Reference, FiscalCalendar? Fiscal)
{
    /// <summary>The fiscal year of the country the document is about, for split years it states without a calendar of
    /// its own ("Q1 2023-24" in an Indian release): never used for a year named alone.</summary>
    public FiscalCalendar? NationalFiscalYear { get; init; }

    public static DocumentTime None { get; } = new(null, null);

    /// <summary>How many of a document's first sentences (after its title) may state its reference period; the first
    /// lines of a release are often its furniture (embargo, contacts).</summary>
    public const int LeadSentences = 6;

    /// <param name="lead">The title, then the first sentences of the document.</param>
    public static DocumentTime Read(string text, IReadOnlyList<string> lead, DateReader dates, DateOnly? eventDate)
    {
        var fiscal = FiscalCalendar.Read(text, eventDate);
        var leadText = string.Join("\n", lead);
        if (fiscal is not null && leadText.Contains(fiscal.Words, StringComparison.Ordinal))
            return new DocumentTime(fiscal.Quarter, fiscal);
        // Only a headline's time (a line that ends without a full stop) is the document's; prose carries time by paragraph.
        foreach (var sentence in lead.Where(s => MayNameTime().IsMatch(s) && !s.TrimEnd().EndsWith('.') && !s.TrimEnd().EndsWith('?')))
        {
            foreach (var d in FiscalYears.Resolve(sentence, dates.Read(sentence, eventDate), fiscal))
            {
                if (d.IsDuration || d.IsTimeOfDay || d.IsSet || d.From is not { } from || d.To is not { } to) continue;
                if (to.DayNumber - from.DayNumber < 27 || eventDate is { } e && to >= e) continue; // a day, or not yet over
                if (EventBefore().IsMatch(sentence[..d.Start])) continue; // "the target set in March"
                return new DocumentTime(new Period(from, to, $"the document's reference period: \"{sentence[d.Start..d.End]}\""), fiscal);
            }
        }
        return new DocumentTime(null, fiscal);
    }

    [GeneratedRegex(@"\d|\b(?:" + PhrasePatterns.Month + @"|year|quarter|month)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MayNameTime();

    /// <summary>"set in", "announced in": a date that is when something happened, not the time the figures measure.</summary>
    [GeneratedRegex(@"\b(?:set|announced|released|published|adopted|held|made|unveiled|issued|delivered)\s+(?:\w+\s+){0,6}?(?:in|on|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventBefore();
}
