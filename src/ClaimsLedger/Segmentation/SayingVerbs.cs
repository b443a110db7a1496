using ClaimsLedger.Files;

namespace ClaimsLedger.Segmentation;

/// <summary>The verbs of saying in data/vocabulary/saying-verbs.json (embedded): ", said Okafor", "Lopez stressed".</summary>
public static class SayingVerbs
{
    private const string Resource = "data/vocabulary/saying-verbs.json";

    public static IReadOnlyList<string> All { get; } = Load();

    private static string[] Load()
    {
        using var json = EmbeddedData.Json(Resource);
        return [.. EmbeddedData.Strings(json.RootElement.GetProperty("verbs"))];
    }
}
