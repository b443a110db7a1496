using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Files;

/// <summary>Files of data/ embedded in the library (vocabularies the code cannot run without), read by their logical name.</summary>
public static class EmbeddedData
{
    /// <summary>The parsed JSON of an embedded file such as "data/vocabulary/change-words.json".</summary>
    public static JsonDocument Json(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the library");
        return JsonDocument.Parse(stream);
    }

    /// <summary>The strings of a JSON array.</summary>
    public static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    /// <summary>One pattern matching any of the phrases as whole words, any case, any run of spaces between words.</summary>
    public static Regex WholeWords(IEnumerable<string> phrases, string prefix = "(?<![\\w\\-])") =>
        new(prefix + "(?:" + string.Join('|', phrases.Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+"))) + @")(?![\w\-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
