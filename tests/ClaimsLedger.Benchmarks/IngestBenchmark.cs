using System.Diagnostics;
using System.Threading.Channels;
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
    public static Result SingleThreaded(BenchmarkCorpus corpus, IClaimExtractor extractor, string ledgerPath)
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
        });
        watch.Stop();
        return new Result(watch.Elapsed, corpus.Bytes, result.Added, result.ClaimsAdded, result.Failed, peaks);
    }

    /// <summary>
    /// All cores: one reader feeds a bounded queue of documents, <paramref name="workers"/> extractors take from it and
    /// feed a bounded queue of extracted documents, and one writer (this thread) saves them. Built from the library's
    /// public pieces because IngestPipeline has no parallel mode (it skips ExtractionValidator, which is internal).
    /// </summary>
    public static Result Parallel(BenchmarkCorpus corpus, IClaimExtractor extractor, string ledgerPath, int workers)
    {
        var capacity = 2 * workers;
        var toExtract = Channel.CreateBounded<SourceDocument>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<ExtractedDocument>(new BoundedChannelOptions(capacity) { SingleReader = true });
        using var ledger = LedgerDatabase.Open(ledgerPath);
        var peaks = new List<double>();
        long done = 0, claims = 0;
        int documents = 0, nextQuarter = 1;
        var watch = Stopwatch.StartNew();

        var reader = Task.Run(async () =>
        {
            foreach (var file in corpus.Files)
                await toExtract.Writer.WriteAsync(SourceDocuments.Read(file));
            toExtract.Writer.Complete();
        });
        var extractors = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var document in toExtract.Reader.ReadAllAsync())
                await toWrite.Writer.WriteAsync(extractor.Extract(document));
        })).ToArray();
        var closer = Task.WhenAll(extractors).ContinueWith(t => toWrite.Writer.Complete(t.Exception), TaskScheduler.Default);

        while (toWrite.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (toWrite.Reader.TryRead(out var extracted))
            {
                var saved = ledger.Documents.Save(extracted);
                claims += saved.ClaimsAdded;
                documents += saved.Status == SaveStatus.Added ? 1 : 0;
                done += System.Text.Encoding.UTF8.GetByteCount(extracted.Document.Text);
                while (nextQuarter <= 4 && done * 4 >= corpus.Bytes * nextQuarter)
                {
                    peaks.Add(MemoryProbe.PeakWorkingSetMb());
                    nextQuarter++;
                }
            }
        }
        watch.Stop();
        reader.GetAwaiter().GetResult();
        closer.GetAwaiter().GetResult();
        return new Result(watch.Elapsed, corpus.Bytes, documents, claims, corpus.Files.Count - documents, peaks);
    }
}
