using System.Text.RegularExpressions;
using ClaimsLedger.Files;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Tells an expectation from an outcome: a figure the words make a forecast, projection, consensus estimate or target
/// (data/vocabulary/outlook-words.json, embedded) is its own series, named by a suffix of its metric ("gdp growth
/// forecast"), so that the outcome is not compared with the forecast it beat.
/// </summary>
internal sealed class OutlookReader
{
    private readonly List<(string Suffix, Regex Before, Regex After)> series;

    private OutlookReader(List<(string, Regex, Regex)> series) => this.series = series;

    public static OutlookReader Shipped { get; } = Load();

    /// <summary>The suffix the figure's words give it, or null when they make it no expectation.</summary>
    public string? Read(string sentence, IReadOnlyList<Figure> figures, int index)
    {
        var figure = figures[index];
        var clause = sentence[TextWindow.ClauseStart(sentence, figure.Start)..figure.Start];
        var afterEnd = index + 1 < figures.Count ? Math.Max(figure.End, figures[index + 1].Start) : sentence.Length;
        var after = sentence[figure.End..afterEnd];
        foreach (var (suffix, before, following) in series)
        {
            if (following.IsMatch(after) || before.IsMatch(clause))
                return suffix;
        }
        return null;
    }

    /// <summary>"estimates of", "expectations": a metric read from the expectation's own words rather than what it expects.</summary>
    public bool NamesTheExpectation(string metric) => series.Any(s => s.Before.IsMatch(metric) || s.After.IsMatch(metric));

    private static OutlookReader Load()
    {
        using var json = EmbeddedData.Json("data/vocabulary/outlook-words.json");
        return new([.. json.RootElement.GetProperty("series").EnumerateArray().Select(s => (
            s.GetProperty("suffix").GetString()!,
            EmbeddedData.WholeWords(EmbeddedData.Strings(s.GetProperty("before"))),
            EmbeddedData.WholeWords(EmbeddedData.Strings(s.GetProperty("after")), @"^\s*(?:[\w\-]+\s+){0,2}?")))]);
    }
}
