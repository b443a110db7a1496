using System.Diagnostics;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// Web pages and PDFs next to plain text: the fixtures of tests/ClaimsLedger.Tests/Fixtures/Inputs prepared (read,
/// convert, header, extract; <see cref="IngestPipeline.Prepare"/>) again and again, and the same articles as .txt files
/// (their NAME.article.txt), so the cost of conversion shows as a ratio measured in the same run.
/// </summary>
public static class InputFormatBenchmark
{
    /// <param name="TextChars">Characters of extracted text per run over the group.</param>
    /// <param name="Conversion">Of <see cref="Elapsed"/>, the time reading and converting alone took (SourceFileReader.Read).</param>
    public sealed record Result(string Kind, int Documents, long OriginalBytes, long TextChars, TimeSpan Elapsed, TimeSpan Conversion, int Runs)
    {
        public double DocumentsPerSecond => Documents * Runs / Elapsed.TotalSeconds;

        /// <summary>MB of extracted text per second: the measure comparable across kinds.</summary>
        public double TextMbPerSecond => TextChars * Runs / 1e6 / Elapsed.TotalSeconds;

        public double OriginalMbPerSecond => OriginalBytes * Runs / 1e6 / Elapsed.TotalSeconds;
    }

    public static IReadOnlyList<Result> Measure(string fixtures, IClaimExtractor extractor, string work, int runs)
    {
        var html = Directory.GetFiles(fixtures, "*.html").Order(StringComparer.Ordinal).ToList();
        var pdf = Directory.GetFiles(fixtures, "*.pdf").Order(StringComparer.Ordinal).ToList();
        if (html.Count == 0 || pdf.Count == 0)
            throw new BenchmarkException($"no HTML or PDF fixtures in {fixtures}");
        var text = Path.Combine(work, "articles");
        Directory.CreateDirectory(text);
        var plain = html.Concat(pdf).Select(f =>
        {
            var copy = Path.Combine(text, Path.GetFileNameWithoutExtension(f) + ".txt");
            File.Copy(Path.ChangeExtension(f, ".article.txt"), copy, overwrite: true);
            return copy;
        }).ToList();

        using var ledger = LedgerDatabase.Open(Path.Combine(work, "formats.db"));
        var pipeline = new IngestPipeline(ledger, extractor);
        return [Run("plain text (the same articles)", plain), Run("HTML", html), Run("PDF", pdf)];

        Result Run(string kind, List<string> files)
        {
            var chars = files.Sum(f => Prepare(f).Document!.Text.Length); // warm-up, not timed
            var watch = Stopwatch.StartNew();
            for (var run = 0; run < runs; run++)
            {
                foreach (var file in files)
                    Prepare(file);
            }
            watch.Stop();
            var conversion = Stopwatch.StartNew();
            for (var run = 0; run < runs; run++)
            {
                foreach (var file in files)
                    SourceFileReader.Read(file);
            }
            conversion.Stop();
            return new Result(kind, files.Count, files.Sum(f => new FileInfo(f).Length), chars, watch.Elapsed, conversion.Elapsed, runs);
        }

        PreparedFile Prepare(string file)
        {
            var prepared = pipeline.Prepare(file, new IngestOptions(), KnownContent.None);
            return prepared.Failure is null ? prepared : throw new BenchmarkException(prepared.Failure.Message ?? file);
        }
    }
}
