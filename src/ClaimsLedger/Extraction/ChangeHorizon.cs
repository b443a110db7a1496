using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// What a percentage change is measured over: "rose 0.5% on a monthly basis" is a month-on-month change, "rose by 10.1%
/// in the 12 months to September" a 12-month one, so the two are different metrics. Markers come from the
/// <c>horizons</c> of data/vocabulary/change-words.json; the words after the figure (to the next figure) are read
/// first, then those before it (from the figure before).
/// </summary>
internal sealed class ChangeHorizon(IReadOnlyList<(string Suffix, Regex Markers)> horizons)
{
    public static ChangeHorizon Shipped { get; } = new(ChangeWords.Shipped.Horizons);

    /// <summary>The suffix of the horizon the figure's words state ("" for the annual one), or null when they state none.</summary>
    public string? Read(string sentence, IReadOnlyList<Figure> figures, int index)
    {
        var figure = figures[index];
        if (figure.Kind is not (FigureKind.Percent or FigureKind.PercentagePoint))
            return null;
        var after = index + 1 < figures.Count ? figures[index + 1].Start : sentence.Length;
        var before = index > 0 ? figures[index - 1].End : 0;
        return Marked(sentence, figure.End, Math.Max(figure.End, after), nearestFirst: true)
            ?? Marked(sentence, Math.Min(before, figure.Start), figure.Start, nearestFirst: false);
    }

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
