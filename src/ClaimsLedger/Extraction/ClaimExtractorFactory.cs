using ClaimsLedger.Model;

namespace ClaimsLedger.Extraction;

/// <summary>Builds the product's extractor with the catalogues shipped in <c>data/</c>.</summary>
public static class ClaimExtractorFactory
{
    public const string MetricCatalogFile = "metrics.json";
    public const string EraCatalogFile = "eras.json";
    public const string QualifierListFile = "definitional-qualifiers.txt";

    /// <param name="dataDirectory">The folder holding metrics.json, eras.json, gazetteer/ and vocabulary/ (the CLI passes AppContext.BaseDirectory/data).</param>
    public static IClaimExtractor CreateDefault(string dataDirectory) =>
        new ClaimExtractor(RecognizerModels.English, LoadMetrics(dataDirectory), LoadEras(dataDirectory),
            subjects: LoadSubjects(dataDirectory), qualifiers: LoadQualifiers(dataDirectory), parser: LoadParser(dataDirectory));

    /// <summary>The tagger and parser of data/models, loaded on first use; null where the model is absent.</summary>
    public static Lazy<Linguistics.SentenceParser>? LoadParser(string dataDirectory)
    {
        var model = Path.Combine(dataDirectory, "models", Linguistics.SentenceParser.ModelFileName);
        return File.Exists(model) ? new Lazy<Linguistics.SentenceParser>(() => Linguistics.SentenceParser.Shared(model)) : null;
    }

    /// <summary>The subject reader over data/gazetteer, data/vocabulary/subjects.json and the tagger of data/models (each
    /// left out where it is absent).</summary>
    public static Subjects.SubjectReader LoadSubjects(string dataDirectory)
    {
        return new(Subjects.Gazetteer.Load(dataDirectory), Subjects.SubjectVocabulary.Load(dataDirectory), LoadParser(dataDirectory));
    }

    public static DefinitionalQualifiers LoadQualifiers(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, QualifierListFile);
        return File.Exists(path) ? DefinitionalQualifiers.Load(path) : DefinitionalQualifiers.Empty;
    }

    public static MetricCatalog LoadMetrics(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, MetricCatalogFile);
        return File.Exists(path) ? MetricCatalog.Load(path) : MetricCatalog.Empty;
    }

    public static EraCatalog LoadEras(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, EraCatalogFile);
        return File.Exists(path) ? EraCatalog.Load(path) : EraCatalog.Empty;
    }
}
