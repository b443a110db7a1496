namespace ClaimsLedger.Benchmarks;

/// <summary>
/// What a user feels: whole `claims` processes, each measured in CPU seconds (user + system of the child), next to a
/// hello world published the same way, sqlite3 running the same query, and the Recognizers library run naively on each
/// sentence of the same corpus. Ratios are medians over rounds in which every program runs once (paired runs), so a
/// loaded machine slows both sides of a ratio alike.
/// </summary>
public sealed class StartupBenchmark(BenchmarkSettings settings, BenchmarkReport report, string work, TextWriter progress)
{
    private const string Section = "startup";
    private const string Metric = "internet users";
    private const double ReadLimit = 4, HelpLimit = 2, OneFileLimitSeconds = 0.6;

    private int ReadRounds => settings.Quick ? 3 : 7;

    public void Run(IReadOnlyList<string> seeds)
    {
        var folder = Path.Combine(work, "startup");
        Directory.CreateDirectory(folder);
        report.Section("Whole processes (CPU s = user + system of the child process; median of paired runs)");
        var claims = PublishedBuilds.Claims(settings.RepoRoot, work, settings.ClaimsBuild, progress);
        var hello = PublishedBuilds.HelloWorld(work, progress);
        report.Fact("claims", settings.ClaimsBuild is null ? $"published: dotnet {string.Join(' ', PublishedBuilds.PublishCommand)}" : claims);
        if (settings.ChildEnvironment.Count > 0)
            report.Fact("environment of claims", string.Join(' ', settings.ChildEnvironment.Select(e => $"{e.Key}={e.Value}")));

        var ledger = Path.Combine(folder, "samples.db");
        Claims(claims, "ingest", Path.Combine(settings.RepoRoot, "data", "samples"), "--db", ledger);
        MeasureReadCommands(claims, hello, ledger, folder);
        MeasureOneFile(claims, seeds, folder);
        MeasureCorpora(claims, seeds, folder);
    }

    private void MeasureReadCommands(string claims, string hello, string ledger, string folder)
    {
        var export = Path.Combine(folder, "export.jsonl");
        (string Name, string[] Arguments, double Limit)[] commands =
        [
            ("claims --help", ["--help"], HelpLimit),
            ($"claims query --metric \"{Metric}\"", ["query", "--metric", Metric, "--db", ledger], ReadLimit),
            ("claims metrics", ["metrics", "--db", ledger], ReadLimit),
            ("claims show 1", ["show", "1", "--db", ledger], ReadLimit),
            ("claims export --out FILE", ["export", "--out", export, "--db", ledger], ReadLimit),
            ("claims conflicts", ["conflicts", "--db", ledger], ReadLimit),
            ($"claims compare --metric \"{Metric}\"", ["compare", "--metric", Metric, "--db", ledger], ReadLimit),
            ("claims verify", ["verify", "--db", ledger], ReadLimit),
        ];
        var sqlite = ChildProcesses.OnPath("sqlite3");
        const string SqliteQuery = "SELECT c.* FROM claims c JOIN metrics m ON m.id = c.metric_id WHERE m.name = '" + Metric + "';";

        var floor = new List<double>();
        var sqliteCpu = new List<double>();
        var cpu = commands.Select(_ => new List<double>()).ToArray();
        var ratios = commands.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < ReadRounds; round++)
        {
            var h = ChildProcesses.Measure(hello, [], folder).CpuSeconds;
            floor.Add(h);
            for (var i = 0; i < commands.Length; i++)
            {
                var c = Claims(claims, commands[i].Arguments).CpuSeconds;
                cpu[i].Add(c);
                ratios[i].Add(c / h);
            }
            if (sqlite is not null)
                sqliteCpu.Add(ChildProcesses.Measure(sqlite, [ledger, SqliteQuery], folder).CpuSeconds);
        }

        report.Add(Section, ".NET hello world (floor, published the same way): CPU s", Median(floor), "s", $"{ReadRounds} rounds");
        for (var i = 0; i < commands.Length; i++)
        {
            var (name, _, limit) = commands[i];
            var ratio = Median(ratios[i]);
            report.Add(Section, $"{name}: CPU s", Median(cpu[i]), "s", $"{ratio:0.0}x hello world");
            report.Target($"{name} <= {limit:0}x hello world", $"{ratio:0.0}x ({Median(cpu[i]):0.000} s)", ratio <= limit);
        }
        if (sqlite is null)
            report.Fact("sqlite3 (same query)", "not on PATH; not measured");
        else
            report.Add(Section, "sqlite3, the claims of the same metric: CPU s", Median(sqliteCpu), "s", "reference");
    }

    private void MeasureOneFile(string claims, IReadOnlyList<string> seeds, string folder)
    {
        var transcript = seeds.MinBy(s => Math.Abs(new FileInfo(s).Length - 10_000))!;
        var ledger = Path.Combine(folder, "one.db");
        var cpu = new List<double>();
        for (var round = 0; round < ReadRounds; round++)
        {
            DeleteLedger(ledger);
            cpu.Add(Claims(claims, "ingest", transcript, "--db", ledger).CpuSeconds);
        }
        var median = Median(cpu);
        var name = $"claims ingest of one {new FileInfo(transcript).Length / 1e3:0.0} KB transcript";
        report.Add(Section, $"{name}: CPU s", median, "s", $"{Path.GetFileName(transcript)}, new ledger; every model it loads included");
        report.Target($"{name} <= {OneFileLimitSeconds} CPU s", $"{median:0.00} s", median <= OneFileLimitSeconds);
    }

    private void MeasureCorpora(string claims, IReadOnlyList<string> seeds, string folder)
    {
        var corpus1 = BenchmarkCorpus.Build(seeds, Path.Combine(folder, "corpus-1mb"), 1_000_000);
        var sample = corpus1.Sample(settings.BaselineSampleBytes);
        var sampleBytes = BenchmarkCorpus.SizeOf(sample);
        progress.WriteLine($"  (naive baseline: all four models on each sentence of {sampleBytes / 1e6:0.00} MB, in this process)");
        var naivePerMb = RecognizerBaselines.PerSentenceCpuSeconds(sample) / (sampleBytes / 1e6);
        report.Add(Section, "naive: all four Recognizers models on each sentence: CPU s per MB", naivePerMb, "s/MB",
            $"measured in this process on {sampleBytes / 1e6:0.00} MB of the 1 MB corpus (no start-up counted)");

        MeasureCorpus(claims, corpus1, "1 MB", naivePerMb, 12, rounds: settings.Quick ? 2 : 3, speedupLimit: null);
        var corpus10 = BenchmarkCorpus.Build(seeds, Path.Combine(folder, "corpus-10mb"), 10_000_000);
        MeasureCorpus(claims, corpus10, "10 MB", naivePerMb, 20, rounds: settings.Quick ? 1 : 3, speedupLimit: 1.8);
    }

    private void MeasureCorpus(string claims, BenchmarkCorpus corpus, string size, double naivePerMb, double ratioLimit, int rounds, double? speedupLimit)
    {
        var ledger = Path.Combine(Path.GetDirectoryName(corpus.Folder)!, $"corpus-{size.Replace(" ", "")}.db");
        var one = new List<ChildProcesses.Run>();
        var all = new List<ChildProcesses.Run>();
        for (var round = 0; round < rounds; round++)
        {
            DeleteLedger(ledger);
            all.Add(Claims(claims, "ingest", corpus.Folder, "--db", ledger));
            DeleteLedger(ledger);
            one.Add(Claims(claims, "ingest", corpus.Folder, "--db", ledger, "--jobs", "1"));
        }
        var mb = corpus.Bytes / 1e6;
        var naive = naivePerMb * mb;
        var allCpu = Median(all.Select(r => r.CpuSeconds));
        var oneCpu = Median(one.Select(r => r.CpuSeconds));
        var allWall = Median(all.Select(r => r.WallSeconds));
        var oneWall = Median(one.Select(r => r.WallSeconds));
        var ratio = naive / allCpu;
        report.Add(Section, $"claims ingest of {size} ({Environment.ProcessorCount} jobs): CPU s", allCpu, "s",
            $"{ratio:0.0}x less than naive ({naive:0.0} s); wall {allWall:0.00} s, {mb / allWall:0.00} MB/s; {rounds} rounds");
        report.Add(Section, $"claims ingest of {size} (--jobs 1): CPU s", oneCpu, "s",
            $"{naive / oneCpu:0.0}x less than naive; wall {oneWall:0.00} s, {mb / oneWall:0.00} MB/s");
        report.Target($"ingest {size} whole process >= {ratioLimit:0}x naive per sentence", $"{ratio:0.0}x (CPU {allCpu:0.00} s vs {naive:0.0} s)", ratio >= ratioLimit);
        if (speedupLimit is { } limit)
        {
            var speedup = oneWall / allWall;
            report.Add(Section, $"claims ingest of {size}: all cores / one core (wall)", speedup, "x");
            report.Target($"ingest {size} all cores >= {limit}x one core", $"{speedup:0.00}x (wall {oneWall:0.0} s -> {allWall:0.0} s)", speedup >= limit);
        }
    }

    private ChildProcesses.Run Claims(string claims, params string[] arguments) =>
        ChildProcesses.Measure(claims, arguments, work, settings.ChildEnvironment);

    private static void DeleteLedger(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
