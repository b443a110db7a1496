using System.Diagnostics;
using System.Text.Json;
using ClaimsLedger.Extraction;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// Speed must not cost output: the fast extractor and the straightforward one (every model on every sentence) must give
/// identical documents on the seed corpus, and the seed claims are scored against the gold file.
/// </summary>
public static class SeedOutputCheck
{
    public sealed record Comparison(bool Identical, int FastClaims, int StraightforwardClaims, string? FirstDifference,
        TimeSpan FastTime, TimeSpan StraightforwardTime);

    public static Comparison CompareWithStraightforwardPath(IReadOnlyList<string> seeds, IClaimExtractor fast, IClaimExtractor straightforward)
    {
        string? difference = null;
        int fastClaims = 0, slowClaims = 0;
        var fastTime = new Stopwatch();
        var slowTime = new Stopwatch();
        foreach (var file in seeds)
        {
            var document = SourceDocuments.Read(file);
            fastTime.Start();
            var a = fast.Extract(document);
            fastTime.Stop();
            slowTime.Start();
            var b = straightforward.Extract(document);
            slowTime.Stop();
            fastClaims += a.Claims.Count;
            slowClaims += b.Claims.Count;
            difference ??= FirstDifference(Path.GetFileName(file), a, b);
        }
        return new Comparison(difference is null, fastClaims, slowClaims, difference, fastTime.Elapsed, slowTime.Elapsed);
    }

    private static string? FirstDifference(string file, ExtractedDocument a, ExtractedDocument b)
    {
        if (!a.Sentences.SequenceEqual(b.Sentences))
            return $"{file}: sentences differ";
        for (var i = 0; i < Math.Max(a.Claims.Count, b.Claims.Count); i++)
        {
            var x = i < a.Claims.Count ? a.Claims[i] : null;
            var y = i < b.Claims.Count ? b.Claims[i] : null;
            if (x != y)
                return $"{file}: claim {i}: fast path {Describe(x)}, straightforward path {Describe(y)}";
        }
        return a.Warnings.SequenceEqual(b.Warnings) ? null : $"{file}: warnings differ";
    }

    private static string Describe(Claim? c) => c is null ? "none" : $"\"{c.Text}\" at {c.Start} = {c.Value} {c.Unit} [{c.Metric}]";

    /// <summary>Ingests the seeds into a fresh ledger, exports them as JSON Lines and runs the shared scorer; its summary.</summary>
    public static JsonElement Score(BenchmarkSettings settings, IClaimExtractor extractor, string workFolder)
    {
        if (!File.Exists(settings.ScoreScript) || !File.Exists(settings.GoldFile))
            throw new BenchmarkException($"{settings.ScoreScript}: scorer or gold file ({settings.GoldFile}) not found");
        var ledgerPath = Path.Combine(workFolder, "seeds.db");
        var claimsPath = Path.Combine(workFolder, "seed-claims.jsonl");
        using (var ledger = LedgerDatabase.Open(ledgerPath))
        {
            var result = new IngestPipeline(ledger, extractor).Run([settings.SeedsFolder], new IngestOptions());
            if (!result.Succeeded)
                throw new BenchmarkException($"{settings.SeedsFolder}: seed ingest failed: {result.Failures[0]}");
            using var writer = new StreamWriter(claimsPath);
            var rates = ClaimsLedger.Comparison.CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data"));
            ClaimsLedger.Export.JsonLinesClaimWriter.Write(ClaimsLedger.Export.ClaimExport.Rows(ledger, null, rates), writer);
        }

        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { settings.ScoreScript, "--gold", settings.GoldFile, "--corpus", settings.SeedsFolder, "--pred", claimsPath, "--json" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new BenchmarkException("python3: could not be started");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new BenchmarkException($"{settings.ScoreScript}: exited with {process.ExitCode}: {error.Split('\n')[0]}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
