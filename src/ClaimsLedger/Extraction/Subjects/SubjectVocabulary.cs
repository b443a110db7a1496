using System.Text.Json;

namespace ClaimsLedger.Extraction.Subjects;

/// <summary>The words of data/vocabulary/subjects.json: how attributions, owners, clause breaks and back references read.
/// <see cref="AttributionVerbs"/> are its reporting verbs ("showed", "estimated") and the verbs of saying.</summary>
public sealed record SubjectVocabulary(
    IReadOnlyList<string> AttributionVerbs,
    IReadOnlyList<string> SourceLeadIns,
    IReadOnlyList<string> AttributionTails,
    IReadOnlySet<string> OwnerVerbs,
    IReadOnlyList<string> ClauseBreaks,
    IReadOnlySet<string> PlacePrepositions,
    IReadOnlyList<string> BackReferences,
    IReadOnlySet<string> NotNames,
    Penalties? Penalties = null)
{
    public const string File = "vocabulary/subjects.json";

    public static SubjectVocabulary Empty { get; } = new([], [], [], new HashSet<string>(), [], new HashSet<string>(), [], new HashSet<string>());

    public static SubjectVocabulary Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, File);
        if (!System.IO.File.Exists(path)) return Empty;
        using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
        var root = json.RootElement;
        List<string> List(string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
        HashSet<string> Set(string name) => new(List(name), StringComparer.Ordinal);
        return new SubjectVocabulary([.. Segmentation.SayingVerbs.All, .. List("reportingVerbs")], List("sourceLeadIns"), List("attributionTails"), Set("ownerVerbs"),
            List("clauseBreaks"), Set("placePrepositions"), List("backReferences"), Set("notNames"),
            new Penalties(List("penaltyNouns"), List("penaltyTargets"), List("penaltyVerbs")));
    }
}

/// <summary>The words that tell whom a penalty is imposed on (see subjects.json's about).</summary>
public sealed record Penalties(IReadOnlyList<string> Nouns, IReadOnlyList<string> Targets, IReadOnlyList<string> Verbs);
