using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>The lemmas of data/vocabulary/change-words.json (embedded) that <see cref="ParsedMetricReader"/> reads clauses by.</summary>
internal sealed class ChangeWords
{
    private const string Resource = "data/vocabulary/change-words.json";

    public static ChangeWords Shipped { get; } = Load();

    public required IReadOnlySet<string> ChangeVerbs { get; init; }
    public required IReadOnlySet<string> ChangeNouns { get; init; }
    public required IReadOnlySet<string> StatingVerbs { get; init; }
    public required IReadOnlySet<string> LevelPrepositions { get; init; }
    public required IReadOnlySet<string> NotMeasured { get; init; }

    /// <summary>Each horizon's metric suffix with one pattern for its markers (whole words, any case).</summary>
    public required IReadOnlyList<(string Suffix, Regex Markers)> Horizons { get; init; }

    private static ChangeWords Load()
    {
        using var stream = typeof(ChangeWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in the library");
        using var json = JsonDocument.Parse(stream);
        HashSet<string> Set(string name) =>
            json.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ChangeWords
        {
            ChangeVerbs = Set("changeVerbs"),
            ChangeNouns = Set("changeNouns"),
            StatingVerbs = Set("statingVerbs"),
            LevelPrepositions = Set("levelPrepositions"),
            NotMeasured = Set("notMeasured"),
            Horizons = [.. json.RootElement.GetProperty("horizons").EnumerateArray().Select(h => (
                h.GetProperty("suffix").GetString()!,
                new Regex(@"(?<![\w\-])(?:" + string.Join('|', h.GetProperty("markers").EnumerateArray().Select(m => Regex.Escape(m.GetString()!))) + @")(?![\w\-])",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))],
        };
    }
}
