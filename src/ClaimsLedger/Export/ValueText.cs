using System.Globalization;
using System.Text.Json;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// A claim's value as people read it, the `value_text` of exports: "564 million", "8.206 billion yuan", "39.8%",
/// "1.5 percentage points", "4 times", "2nd". Scale words as <see cref="QuantityFormatter"/> writes them; units named
/// by data/unit-words.json (embedded), else as stored.
/// </summary>
public static class ValueText
{
    private static readonly Dictionary<string, string> UnitWords = LoadUnitWords();

    public static string Of(Claim claim) => claim.Unit == "rank"
        ? Ordinal(claim.Value)
        : QuantityFormatter.Value(claim.Value, UnitWords.GetValueOrDefault(claim.Unit, claim.Unit));

    private static string Ordinal(double rank)
    {
        if (rank != Math.Floor(rank) || rank < 1)
            return QuantityFormatter.Value(rank, "rank");
        var n = (long)rank;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static Dictionary<string, string> LoadUnitWords()
    {
        using var json = Files.EmbeddedData.Json("data/unit-words.json");
        return json.RootElement.EnumerateObject()
            .Where(p => !p.Name.StartsWith('_') && p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
