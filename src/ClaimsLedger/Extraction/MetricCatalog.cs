using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The metric catalogue (data/metrics.json): canonical metric names with the phrases that mean them, per kind of unit.
/// A phrase matches an alias when it holds every word of the alias (plurals folded); a one-word alias must match the
/// whole phrase. The alias with the most words wins.
/// </summary>
public sealed class MetricCatalog
{
    private readonly List<(MetricEntry Entry, string[] Words)> aliases = [];

    public MetricCatalog(IEnumerable<MetricEntry> entries)
    {
        Entries = entries.ToList();
        foreach (var entry in Entries)
        {
            foreach (var alias in entry.Aliases.Append(entry.Name))
            {
                aliases.Add((entry, Words(MetricPhrase.Normalize(alias))));
            }
        }

        aliases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public IReadOnlyList<MetricEntry> Entries { get; }

    public static MetricCatalog Empty { get; } = new([]);

    public static MetricCatalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path}: empty metric catalogue");
        return new MetricCatalog(file.Metrics);
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

            var fits = aliasWords.Length == 1 ? words.Length == 1 && words[0] == aliasWords[0] : aliasWords.All(set.Contains);
            if (fits)
            {
                return entry.Name;
            }
        }

        return null;
    }

    private static bool UnitFits(string entryUnit, string? unitKind) => unitKind is null || entryUnit == "any" || entryUnit == unitKind;

    private static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular).ToArray();

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record CatalogFile([property: JsonPropertyName("metrics")] List<MetricEntry> Metrics);
}

/// <summary>One catalogue metric. Unit is a unit kind: count, percent, currency, rank, times, measure, or any.</summary>
public sealed record MetricEntry(string Name, string Unit, IReadOnlyList<string> Aliases, string? Description = null);
