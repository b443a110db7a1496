using System.Text.RegularExpressions;
using ClaimsLedger.Files;

namespace ClaimsLedger.Extraction;

/// <summary>
/// "67.4 trillion won", "1.2 billion ringgit": a count followed directly by the name of a currency the currency model
/// does not read is that much money in it. Names and codes from data/vocabulary/currency-names.json (embedded).
/// </summary>
internal static class CurrencyNameAfter
{
    private static readonly (Regex Name, Dictionary<string, string> Codes) Shipped = Load();

    public static Figure Apply(string sentence, Figure figure)
    {
        if (figure.Kind != FigureKind.Count)
            return figure;
        var m = Shipped.Name.Match(sentence, figure.End, sentence.Length - figure.End);
        return m.Success && Shipped.Codes.TryGetValue(Regex.Replace(m.Groups["n"].Value.ToLowerInvariant(), @"\s+", " "), out var code)
            ? figure with { End = figure.End + m.Length, Unit = code, Kind = FigureKind.Money }
            : figure;
    }

    private static (Regex, Dictionary<string, string>) Load()
    {
        using var json = EmbeddedData.Json("data/vocabulary/currency-names.json");
        var codes = json.RootElement.GetProperty("names").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var names = string.Join('|', codes.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+")));
        return (new Regex($@"\G\s+(?<n>{names})(?![\w\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), codes);
    }
}
