using System.Text.Json;

namespace ClaimsLedger.Segmentation;

/// <summary>The verbs of saying in data/vocabulary/saying-verbs.json (embedded): ", said Okafor", "Lopez stressed".</summary>
public static class SayingVerbs
{
    private const string Resource = "data/vocabulary/saying-verbs.json";

    public static IReadOnlyList<string> All { get; } = Load();

    private static string[] Load()
    {
        using var stream = typeof(SayingVerbs).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in the library");
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("verbs").EnumerateArray().Select(e => e.GetString()!)];
    }
}
