using System.Diagnostics;
using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// `--ud FILE`: the shipped tagger and parser on a UD treebank file with its gold words: load time, accuracy, and
/// single-threaded speed. Speed is sentences per CPU second of this process (one core's worth of work, whatever else the
/// machine is running), printed next to the wall-clock rate. Ends with one line "UPOS u UAS a LAS l sentences/s n".
/// </summary>
internal static class ParserBenchmark
{
    private const double TargetUpos = 95, TargetUas = 86, TargetLas = 82, TargetSpeed = 5000;

    public static int Run(BenchmarkSettings settings, TextWriter output)
    {
        var modelPath = Path.Combine(settings.RepoRoot, "data", "models", SentenceParser.ModelFileName);
        if (!File.Exists(settings.UdFile) || !File.Exists(modelPath))
        {
            output.WriteLine($"benchmark: {(File.Exists(modelPath) ? settings.UdFile : modelPath)} not found");
            return 2;
        }
        var sentences = TreebankSentence.ReadFile(settings.UdFile!);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var load = Stopwatch.StartNew();
        var parser = SentenceParser.Load(modelPath);
        var loadMs = load.Elapsed.TotalMilliseconds;
        process.Refresh();
        output.WriteLine($"model {modelPath}: {new FileInfo(modelPath).Length / 1e6:0.00} MB, loaded in {loadMs:0} ms ({(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU)");
        var score = TreebankEvaluation.Of(parser, sentences);
        output.WriteLine($"accuracy on {Path.GetFileName(settings.UdFile)}: {score}");
        output.WriteLine($"reference (spaCy en_udv25_englishewt_trf, ../shared/ud/README.md): UPOS 96.9 UAS 91.9 LAS 89.4");

        var (perCpuSecond, perSecond) = Speed(sentences, s => parser.Analyze(s.Words), settings.Quick ? 2 : 5);
        output.WriteLine($"tag + parse (gold words), one thread: {perCpuSecond:0} sentences per CPU second, {perSecond:0} per wall-clock second");
        var texts = sentences.Select(s => string.Join(' ', s.Words)).ToArray();
        var (fullCpu, fullWall) = Speed(texts, t => parser.Parse(t), settings.Quick ? 1 : 3);
        output.WriteLine($"tokenize + tag + lemmatize + parse (text), one thread: {fullCpu:0} sentences per CPU second, {fullWall:0} per wall-clock second");

        var pass = score.Upos >= TargetUpos && score.Uas >= TargetUas && score.Las >= TargetLas && perCpuSecond >= TargetSpeed;
        output.WriteLine($"targets UPOS >= {TargetUpos}, UAS >= {TargetUas}, LAS >= {TargetLas}, sentences/s >= {TargetSpeed}: {(pass ? "PASS" : "FAIL")}");
        output.WriteLine($"UPOS {score.Upos:0.0} UAS {score.Uas:0.0} LAS {score.Las:0.0} sentences/s {perCpuSecond:0}");
        return pass ? 0 : 1;
    }

    /// <summary>Sentences per CPU second and per wall-clock second over a number of passes, after one warm-up pass.</summary>
    private static (double PerCpuSecond, double PerSecond) Speed<T>(IReadOnlyList<T> items, Action<T> work, int passes)
    {
        foreach (var item in items)
            work(item);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var p = 0; p < passes; p++)
        {
            foreach (var item in items)
                work(item);
        }
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalSeconds;
        var count = (double)items.Count * passes;
        return (count / Math.Max(used, 1e-9), count / wall);
    }
}
