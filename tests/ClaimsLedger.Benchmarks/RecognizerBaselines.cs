using System.Diagnostics;
using ClaimsLedger.Segmentation;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// What a naive user gets from Recognizers-Text alone: the static helpers (NumberRecognizer.RecognizeNumber ...; they
/// cache their models after the first call, which is made before timing) over each whole document, and over each
/// sentence (sentences cut by the product's segmenter, not timed).
/// </summary>
public static class RecognizerBaselines
{
    public sealed record Result(string Model, double WholeDocumentMbPerSecond, double PerSentenceMbPerSecond);

    private static readonly (string Name, Func<string, List<ModelResult>> Recognize)[] Models =
    [
        ("Number", text => NumberRecognizer.RecognizeNumber(text, Culture.English)),
        ("Percentage", text => NumberRecognizer.RecognizePercentage(text, Culture.English)),
        ("Currency", text => NumberWithUnitRecognizer.RecognizeCurrency(text, Culture.English)),
        ("DateTime", text => DateTimeRecognizer.RecognizeDateTime(text, Culture.English)),
    ];

    public static IReadOnlyList<Result> Measure(IReadOnlyList<string> sampleFiles, long sampleBytes)
    {
        var texts = sampleFiles.Select(f => SourceDocuments.Read(f).Text).ToList();
        var sentences = Sentences(texts);
        var results = new List<Result>();
        foreach (var (name, recognize) in Models)
        {
            recognize("Warm up: 1.85 million base stations, 39.8% of GDP, 8.206 billion yuan in July 2021.");
            var whole = Time(texts, recognize);
            var perSentence = Time(sentences, recognize);
            results.Add(new Result(name, sampleBytes / 1e6 / whole.TotalSeconds, sampleBytes / 1e6 / perSentence.TotalSeconds));
        }
        var all = new Result("all four",
            1 / results.Sum(r => 1 / r.WholeDocumentMbPerSecond),
            1 / results.Sum(r => 1 / r.PerSentenceMbPerSecond));
        results.Add(all);
        return results;
    }

    /// <summary>CPU seconds of this process (all threads) for all four models on each sentence of the files, models warmed first.</summary>
    public static double PerSentenceCpuSeconds(IReadOnlyList<string> sampleFiles)
    {
        var sentences = Sentences(sampleFiles.Select(f => SourceDocuments.Read(f).Text));
        foreach (var (_, recognize) in Models)
            recognize("Warm up: 1.85 million base stations, 39.8% of GDP, 8.206 billion yuan in July 2021.");
        var found = 0;
        var before = ChildProcesses.SelfCpuSeconds();
        foreach (var sentence in sentences)
        {
            foreach (var (_, recognize) in Models)
                found += recognize(sentence).Count;
        }
        var cpu = ChildProcesses.SelfCpuSeconds() - before;
        GC.KeepAlive(found);
        return cpu;
    }

    /// <summary>The sentences of the texts, cut by the product's segmenter.</summary>
    private static List<string> Sentences(IEnumerable<string> texts) =>
        texts.SelectMany(t => TranscriptSegmenter.Segment(t).Select(s => t.Substring(s.Start, s.Length))).ToList();

    private static TimeSpan Time(IReadOnlyList<string> inputs, Func<string, List<ModelResult>> recognize)
    {
        var found = 0;
        var watch = Stopwatch.StartNew();
        foreach (var input in inputs)
            found += recognize(input).Count;
        watch.Stop();
        GC.KeepAlive(found);
        return watch.Elapsed;
    }
}
