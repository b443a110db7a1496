using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Named eras (data/eras.json): phrases like "since the 18th CPC National Congress" or "during the 13th Five-Year Plan
/// period" that fix a period. An era with no end runs to the event date.
/// </summary>
public sealed class EraCatalog
{
    private readonly List<(Regex Pattern, EraEntry Entry)> eras;

    public EraCatalog(IEnumerable<EraEntry> entries)
    {
        eras = entries.Select(e => (new Regex(e.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), e)).ToList();
    }

    public static EraCatalog Empty { get; } = new([]);

    public static EraCatalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        var entries = JsonSerializer.Deserialize<List<EraEntry>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException($"{path}: empty era catalogue");
        return new EraCatalog(entries);
    }

    public Period? Find(string sentence, DateOnly? eventDate)
    {
        foreach (var (pattern, entry) in eras)
        {
            var m = pattern.Match(sentence);
            if (m.Success)
            {
                var end = entry.End ?? eventDate;
                return new Period(entry.Start, end, $"{m.Value} ({entry.Name})");
            }
        }

        return null;
    }
}

/// <summary>One era: a name, the regex that finds it in a sentence, its first day and last day (null: until the event).</summary>
public sealed record EraEntry(string Name, string Pattern, DateOnly Start, DateOnly? End);
