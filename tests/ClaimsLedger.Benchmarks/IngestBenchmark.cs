using System.Diagnostics;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Benchmarks;

/// <summary>Ingest end to end (read, extract, write to a fresh ledger file), timed from the first read to the last commit.</summary>
public static class IngestBenchmark
{
    /// <param name="PeakMbAtQuarters">Process peak working set after 25, 50, 75 and 100% of the corpus bytes.</param>
    public sealed record Result(TimeSpan Elapsed, long Bytes, int Documents, long Claims, int Failed, IReadOnlyList<double> PeakMbAtQuarters)
    {
        public double MbPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;
        public double ClaimsPerSecond => Claims / Elapsed.TotalSeconds;
    }

    /// <summary>The product's own pipeline, one file at a time.</summary>
    public static Result SingleThreaded(BenchmarkCorpus corpus, IClaimExtractor extractor, string ledgerPath) =>
        Parallel(corpus, extractor, ledgerPath, workers: 1);

    /// <summary>
    /// All cores through the product's own parallel path: IngestPipeline.Run with <paramref name="workers"/> threads
    /// preparing files (read, hash, extract, validate) and this thread storing them in input order.
    /// </summary>
    public static Result Parallel(BenchmarkCorpus corpus, IClaimExtractor extractor, string ledgerPath, int workers)
    {
        var sizes = corpus.Files.ToDictionary(f => Path.GetFullPath(f), f => new FileInfo(f).Length);
        var peaks = new List<double>();
        long done = 0;
        var nextQuarter = 1;
        using var ledger = LedgerDatabase.Open(ledgerPath);
        var watch = Stopwatch.StartNew();
        var result = new IngestPipeline(ledger, extractor).Run(corpus.Files, new IngestOptions(), outcome =>
        {
            done += sizes[Path.GetFullPath(outcome.Path)];
            while (nextQuarter <= 4 && done * 4 >= corpus.Bytes * nextQuarter)
            {
                peaks.Add(MemoryProbe.PeakWorkingSetMb());
                nextQuarter++;
            }
        }, workers);
        watch.Stop();
        return new Result(watch.Elapsed, corpus.Bytes, result.Added, result.ClaimsAdded, result.Failed, peaks);
    }
}
