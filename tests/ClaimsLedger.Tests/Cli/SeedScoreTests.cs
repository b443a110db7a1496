using System.Diagnostics;
using System.Text.Json;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Cli;

/// <summary>The JSON Lines export of the seed corpus is what ../shared/eval/score.py reads: every claim scored, none lost.</summary>
public class SeedScoreTests
{
    [Test]
    public void The_scorer_reads_every_exported_claim_of_the_seed_corpus()
    {
        var seeds = Path.Combine(RepositoryPaths.Shared, "corpus", "seeds");
        var scorer = Path.Combine(RepositoryPaths.Shared, "eval", "score.py");
        var gold = Path.Combine(RepositoryPaths.Shared, "gold", "seeds.jsonl");
        RepositoryPaths.RequireOrIgnore(seeds, "the seed corpus");
        RepositoryPaths.RequireOrIgnore(scorer, "the scorer");
        using var folder = new TempFolder();
        var db = folder.File("seeds.db");
        var export = folder.File("claims.jsonl");

        var ingest = ClaimsProcess.Run(folder.Path, "ingest", seeds, "--db", db);
        var exported = ClaimsProcess.Run(folder.Path, "export", "--db", db, "--format", "jsonl", "--out", export);
        var score = RunPython(scorer, "--gold", gold, "--corpus", seeds, "--pred", export, "--json");

        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output + ingest.Error);
        Assert.That(exported.ExitCode, Is.Zero, exported.Error);
        var lines = File.ReadAllLines(export);
        Assert.That(lines, Is.Not.Empty);
        using var summary = JsonDocument.Parse(score);
        Assert.That(summary.RootElement.GetProperty("predicted").GetInt32(), Is.EqualTo(lines.Length));
        TestContext.Out.WriteLine($"seed score: {score.Trim()}");
    }

    private static string RunPython(params string[] args)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "score.py did not finish");
        Assert.That(process.ExitCode, Is.Zero, error.Result);
        return output.Result;
    }
}
