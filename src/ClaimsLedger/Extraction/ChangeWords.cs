using System.Text.RegularExpressions;
using ClaimsLedger.Files;

namespace ClaimsLedger.Extraction;

/// <summary>The lemmas of data/vocabulary/change-words.json (embedded) that <see cref="ParsedMetricReader"/> reads clauses by.</summary>
internal sealed class ChangeWords
{
    public static ChangeWords Shipped { get; } = Load();

    public required IReadOnlySet<string> ChangeVerbs { get; init; }
    public required IReadOnlySet<string> ChangeNouns { get; init; }
    public required IReadOnlySet<string> StatingVerbs { get; init; }
    public required IReadOnlySet<string> LevelPrepositions { get; init; }
    public required IReadOnlySet<string> ComparisonWords { get; init; }
    public required IReadOnlySet<string> NotMeasured { get; init; }

    /// <summary>Each horizon's metric suffix with one pattern for its markers (whole words, any case).</summary>
    public required IReadOnlyList<(string Suffix, Regex Markers)> Horizons { get; init; }

    /// <summary>Markers of a change over the period before the figure's own (whole words, any case).</summary>
    public required Regex PeriodOnPeriod { get; init; }

    private static ChangeWords Load()
    {
        using var json = EmbeddedData.Json("data/vocabulary/change-words.json");
        HashSet<string> Set(string name) => EmbeddedData.Strings(json.RootElement.GetProperty(name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ChangeWords
        {
            ChangeVerbs = Set("changeVerbs"),
            ChangeNouns = Set("changeNouns"),
            StatingVerbs = Set("statingVerbs"),
            LevelPrepositions = Set("levelPrepositions"),
            ComparisonWords = Set("comparisonWords"),
            NotMeasured = Set("notMeasured"),
            Horizons = [.. json.RootElement.GetProperty("horizons").EnumerateArray().Select(h =>
                (h.GetProperty("suffix").GetString()!, EmbeddedData.WholeWords(EmbeddedData.Strings(h.GetProperty("markers")))))],
            PeriodOnPeriod = EmbeddedData.WholeWords(EmbeddedData.Strings(json.RootElement.GetProperty("periodOnPeriod"))),
        };
    }
}
