using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// What a percentage change is measured over: "rose 0.5% on a monthly basis" is a month-on-month change, "rose by 10.1%
/// in the 12 months to September" a 12-month one, so the two are different metrics. Markers come from the
/// <c>horizons</c> of data/vocabulary/change-words.json; the words after the figure (to the next figure) are read
/// first, then those before it (from the figure before).
/// </summary>
internal sealed class ChangeHorizon(IReadOnlyList<(string Suffix, Regex Markers)> horizons, Regex periodOnPeriod)
{
    public static ChangeHorizon Shipped { get; } = new(ChangeWords.Shipped.Horizons, ChangeWords.Shipped.PeriodOnPeriod);

    /// <summary>
    /// The suffix of the horizon the figure's words state ("" for the annual one), or null when they state none. A change
    /// over the period before ("on a seasonally adjusted basis") is month on month for a figure dated by a month and
    /// quarter on quarter for one dated by a quarter.
    /// </summary>
    public string? Read(string sentence, IReadOnlyList<Figure> figures, int index, Period period)
    {
        var figure = figures[index];
        if (figure.Kind is not (FigureKind.Percent or FigureKind.PercentagePoint))
            return null;
        var after = Math.Max(figure.End, index + 1 < figures.Count ? figures[index + 1].Start : sentence.Length);
        var before = Math.Min(index > 0 ? figures[index - 1].End : 0, figure.Start);
        return Marked(sentence, figure.End, after, nearestFirst: true)
            ?? Marked(sentence, before, figure.Start, nearestFirst: false)
            ?? (periodOnPeriod.IsMatch(sentence[before..after]) ? OverPreviousPeriod(period) : null);
    }

    private static string? OverPreviousPeriod(Period period) => period is { Start: { } start, End: { } end }
        ? (end.DayNumber - start.DayNumber) switch { < 32 => "month on month", < 93 => "quarter on quarter", _ => null }
        : null;

    /// <summary>The suffix of the marker nearest the figure within [from, to).</summary>
    private string? Marked(string sentence, int from, int to, bool nearestFirst)
    {
        (int Position, string Suffix)? best = null;
        foreach (var (suffix, markers) in horizons)
        {
            foreach (Match m in markers.Matches(sentence[from..to]))
            {
                if (best is null || (nearestFirst ? m.Index < best.Value.Position : m.Index > best.Value.Position))
                    best = (m.Index, suffix);
            }
        }
        return best?.Suffix;
    }
}
