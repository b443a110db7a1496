using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The metric catalogue (data/metrics.json): canonical metric names with the phrases that mean them, per kind of unit.
/// A phrase matches an alias when it holds every word of the alias (plurals folded) and its other words are neutral
/// (the catalogue's <c>neutralWords</c>: "headline", "latest"): "food prices" is not "prices", "core inflation" not
/// "inflation". The alias with the most words wins. A percentage of an amount is its growth ("gdp" -> "gdp growth").
/// </summary>
public sealed class MetricCatalog
{
    private readonly List<(MetricEntry Entry, string[] Words)> aliases = [];
    private readonly HashSet<string> neutral;
    private readonly List<(MetricEntry Entry, string Phrase)> placeAliases;

    public MetricCatalog(IEnumerable<MetricEntry> entries, IEnumerable<string>? neutralWords = null)
    {
        Entries = entries.ToList();
        neutral = (neutralWords ?? []).Select(Singular).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (var alias in entry.Aliases.Append(entry.Name))
            {
                aliases.Add((entry, Words(MetricPhrase.Normalize(alias))));
            }
        }

        aliases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        placeAliases = [.. Entries.SelectMany(e => (e.PlaceAliases ?? []).Select(a => (e, MetricPhrase.Normalize(a))))];
    }

    public IReadOnlyList<MetricEntry> Entries { get; }

    public static MetricCatalog Empty { get; } = new([]);

    public static MetricCatalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path}: empty metric catalogue");
        return new MetricCatalog(file.Metrics, file.NeutralWords);
    }

    /// <summary>The canonical name for a normalised phrase measured in a kind of unit (null: any), or null when none fits.</summary>
    public string? Resolve(string phrase, string? unitKind)
    {
        var words = Words(phrase);
        if (words.Length == 0)
        {
            return null;
        }

        var set = words.ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, aliasWords) in aliases)
        {
            if (!UnitFits(entry.Unit, unitKind))
            {
                continue;
            }

            if (aliasWords.All(set.Contains) && words.All(w => neutral.Contains(w) || aliasWords.Contains(w)))
            {
                return entry.Name;
            }
        }

        return unitKind == "percent" ? GrowthOfLevel(phrase) : null;
    }

    /// <summary>"the GDP, at 7.8 per cent": a percentage of an amount the catalogue measures in money or counts is that
    /// amount's growth ("gdp" -> "gdp growth", "nominal gdp" -> "nominal gdp growth").</summary>
    private string? GrowthOfLevel(string phrase) =>
        (Resolve(phrase, "currency") ?? Resolve(phrase, "count")) is not null
            ? Resolve(phrase + " growth", "percent") ?? phrase + " growth"
            : null;

    /// <summary>The metric a whole phrase names when its figure is about a place (<see cref="MetricEntry.PlaceAliases"/>), or null.</summary>
    public string? ResolveForPlace(string phrase, string? unitKind) =>
        placeAliases.FirstOrDefault(a => a.Phrase == phrase && UnitFits(a.Entry.Unit, unitKind)).Entry?.Name;

    private static bool UnitFits(string entryUnit, string? unitKind) => unitKind is null || entryUnit == "any" || entryUnit == unitKind;

    private static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular).ToArray();

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record CatalogFile(
        [property: JsonPropertyName("metrics")] List<MetricEntry> Metrics,
        [property: JsonPropertyName("neutralWords")] List<string>? NeutralWords);
}

/// <summary>
/// One catalogue metric. Unit is a unit kind: count, percent, currency, rank, times, measure, or any. PlaceAliases mean the
/// metric only when the figure is about a place, and only as the whole phrase ("China's growth" is its GDP growth;
/// Apple's growth is not).
/// </summary>
public sealed record MetricEntry(string Name, string Unit, IReadOnlyList<string> Aliases, string? Description = null,
    IReadOnlyList<string>? PlaceAliases = null);
