using ClaimsLedger.Extraction;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli;

/// <summary>What the commands need from outside: the shipped data folder and the extractor built from it.</summary>
public sealed record CliServices(string DataDirectory, Func<string, IClaimExtractor> CreateExtractor)
{
    public static CliServices Default { get; } =
        new(Path.Combine(AppContext.BaseDirectory, "data"), ClaimExtractorFactory.CreateDefault);

    public string MetricCatalogue => Path.Combine(DataDirectory, "metrics.json");

    /// <summary>What `claims ingest -` reads.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
}
