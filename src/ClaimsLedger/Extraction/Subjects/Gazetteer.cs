using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction.Subjects;

/// <summary>
/// Places (ISO 3166-1 countries and ISO 3166-2 subdivisions, data/gazetteer/places.json, built from Debian's iso-codes),
/// their common names and demonyms (aliases.json), organisations with their abbreviations (organisations.json) and when
/// countries' fiscal years start (fiscal-years.json).
/// <see cref="Find"/> lists the entities a text names, longest name first, case as written ("US" is a place, "us" is not).
/// </summary>
public sealed partial class Gazetteer
{
    private const int MaxNameWords = 7;
    private readonly Dictionary<string, Entity> byName;
    private readonly Dictionary<string, Entity> byCode;
    private readonly HashSet<string> ambiguous;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords;
    private readonly Dictionary<string, (int Month, int Day)> fiscalYearStarts;

    private Gazetteer(Dictionary<string, Entity> byName, Dictionary<string, Entity> byCode, HashSet<string> ambiguous,
        Dictionary<string, (int Month, int Day)> fiscalYearStarts)
    {
        this.fiscalYearStarts = fiscalYearStarts;
        this.byName = byName;
        this.byCode = byCode;
        this.ambiguous = ambiguous;
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in byName.Keys)
        {
            var word = Word().Match(name);
            if (word.Success) first.Add(StripPossessive(word.Value));
        }
        firstWords = first.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string StripPossessive(string word) => EndsWithPossessive(word) ? word[..^2] : word;

    public static Gazetteer Empty { get; } = new([], [], [], []);

    public const string Folder = "gazetteer";

    /// <summary>Loads the three files from <paramref name="dataDirectory"/>/gazetteer; an absent folder gives an empty gazetteer.</summary>
    public static Gazetteer Load(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, Folder);
        if (!Directory.Exists(folder)) return Empty;
        var byName = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, Entity>(StringComparer.Ordinal);
        using (var places = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "places.json"))))
        {
            foreach (var p in places.RootElement.GetProperty("places").EnumerateArray())
            {
                var kind = p.GetProperty("kind").GetString() == "country" ? EntityKind.Country : EntityKind.Subdivision;
                var code = p.GetProperty("code").GetString()!;
                var entity = new Entity(code, p.GetProperty("name").GetString()!, kind, kind == EntityKind.Country ? code : code[..2]);
                byCode[code] = entity;
                foreach (var name in p.GetProperty("names").EnumerateArray())
                    AddName(byName, name.GetString()!, entity);
            }
        }

        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        using (var aliases = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "aliases.json"))))
        {
            foreach (var country in aliases.RootElement.GetProperty("aliases").EnumerateObject())
                if (byCode.TryGetValue(country.Name, out var entity))
                    foreach (var alias in country.Value.EnumerateArray())
                        byName[alias.GetString()!] = entity; // an alias wins over a subdivision of the same name ("Georgia" aside)
            foreach (var region in aliases.RootElement.GetProperty("regions").EnumerateArray())
            {
                var code = region.GetProperty("code").GetString()!;
                var entity = new Entity(code, region.GetProperty("name").GetString()!, EntityKind.Region, code);
                byCode[code] = entity;
                foreach (var name in region.GetProperty("names").EnumerateArray())
                    byName[name.GetString()!] = entity;
            }
            foreach (var name in aliases.RootElement.GetProperty("ambiguous").GetProperty("names").EnumerateArray())
                ambiguous.Add(name.GetString()!);
        }

        using (var organisations = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "organisations.json"))))
        {
            foreach (var o in organisations.RootElement.GetProperty("organisations").EnumerateArray())
            {
                var country = o.TryGetProperty("country", out var c) ? c.GetString() : null;
                var name = o.GetProperty("name").GetString()!;
                var entity = new Entity(name, name, EntityKind.Organisation, country, o.GetProperty("kind").GetString() != "company");
                foreach (var alias in o.GetProperty("names").EnumerateArray())
                    byName[alias.GetString()!] = entity;
            }
        }
        return new Gazetteer(byName, byCode, ambiguous, LoadFiscalYearStarts(Path.Combine(folder, "fiscal-years.json")));
    }

    private static Dictionary<string, (int Month, int Day)> LoadFiscalYearStarts(string path)
    {
        var starts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (!File.Exists(path)) return starts;
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var country in json.RootElement.GetProperty("starts").EnumerateObject())
        {
            var day = country.Value.GetString()!;
            starts[country.Name] = (int.Parse(day[..2], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(day[3..], System.Globalization.CultureInfo.InvariantCulture));
        }
        return starts;
    }

    /// <summary>The month and day the government fiscal year of a country starts (fiscal-years.json), where it is not January 1.</summary>
    public (int Month, int Day)? FiscalYearStart(string? code) =>
        code is not null && fiscalYearStarts.TryGetValue(code, out var start) ? start : null;

    private static void AddName(Dictionary<string, Entity> byName, string name, Entity entity)
    {
        // A country keeps its name when a subdivision elsewhere shares it.
        if (!byName.TryGetValue(name, out var existing) || existing.Kind != EntityKind.Country)
            byName[name] = entity;
    }

    /// <summary>The place of an ISO 3166 code or region code ("GB", "EU"), if known.</summary>
    public Entity? Place(string? code) => code is not null && byCode.TryGetValue(code, out var e) ? e : null;

    /// <summary>The entity a phrase names exactly ("Britain", "U.S. Bureau of Labor Statistics"), if any.</summary>
    public Entity? Lookup(string phrase) => byName.TryGetValue(phrase, out var e) ? e : null;

    /// <summary>Every entity <paramref name="text"/> names, left to right, the longest name at each place.</summary>
    public IReadOnlyList<EntityMention> Find(string text)
    {
        var found = new List<EntityMention>();
        var words = Word().Matches(text);
        for (var i = 0; i < words.Count;)
        {
            var match = Longest(text, words, i);
            if (match is null)
            {
                i++;
                continue;
            }
            found.Add(match.Value.Mention);
            i += match.Value.Words;
        }
        return found;
    }

    private (EntityMention Mention, int Words)? Longest(string text, MatchCollection words, int first)
    {
        var start = words[first].Index;
        var firstWord = words[first].ValueSpan;
        if (EndsWithPossessive(firstWord)) firstWord = firstWord[..^2];
        if (!firstWords.Contains(firstWord)) return null;
        for (var count = Math.Min(MaxNameWords, words.Count - first); count >= 1; count--)
        {
            var last = words[first + count - 1];
            if (!SpacedOnly(text, words, first, count)) continue;
            var end = last.Index + last.Length;
            var phrase = text[start..end];
            var possessive = false;
            if (EndsWithPossessive(phrase))
            {
                phrase = phrase[..^2];
                possessive = true;
            }
            if (!byName.TryGetValue(phrase, out var entity)) continue;
            if (entity.Kind == EntityKind.Subdivision && ambiguous.Contains(phrase)) continue;
            return (new EntityMention(entity, start, possessive ? end - 2 : end, phrase, possessive), count);
        }
        return null;
    }

    private static bool EndsWithPossessive(ReadOnlySpan<char> phrase) =>
        phrase.Length > 2 && (phrase.EndsWith("'s", StringComparison.Ordinal) || phrase.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>The words are separated by single spaces (a name never spans a comma or a line break).</summary>
    private static bool SpacedOnly(string text, MatchCollection words, int first, int count)
    {
        for (var k = first; k < first + count - 1; k++)
        {
            var gapStart = words[k].Index + words[k].Length;
            if (words[k + 1].Index - gapStart != 1 || text[gapStart] != ' ') return false;
        }
        return true;
    }

    /// <summary>A word: "U.S." and "U.K." with their dots, "Britain's" with its possessive, "Co-operation" with its hyphen.</summary>
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}(?:['\u2019]s\b)?|[\p{L}\p{N}](?:[\p{L}\p{N}&\-]|['\u2019](?=\p{L})|\.(?=com\b))*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
