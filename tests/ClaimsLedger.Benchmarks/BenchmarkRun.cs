using ClaimsLedger.Extraction;

namespace ClaimsLedger.Benchmarks;

/// <summary>The whole run, in an order that keeps the memory figures honest: ingest before the big ledger is loaded.</summary>
public sealed class BenchmarkRun(BenchmarkSettings settings, BenchmarkReport report, string work, TextWriter progress)
{
    private const double MemoryLimitMb = 500;

    public void Execute()
    {
        if (settings.ReportOnly)
        {
            Directory.CreateDirectory(work);
            MeasureReport(Path.Combine(AppContext.BaseDirectory, "data"));
            return;
        }
        if (settings.LedgerOnly)
        {
            Directory.CreateDirectory(work);
            report.Section($"Setup (ledger only, {(settings.Quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores)");
            MeasureLedger(Path.Combine(AppContext.BaseDirectory, "data"));
            MeasureBackends(Path.Combine(AppContext.BaseDirectory, "data"));
            return;
        }
        var dataFolder = Path.Combine(AppContext.BaseDirectory, "data");
        if (settings.FormatsOnly)
        {
            Directory.CreateDirectory(work);
            report.Section($"Setup (input formats only, {Environment.ProcessorCount} cores)");
            MeasureInputFormats(new ClaimExtractor(RecognizerModels.English, ClaimExtractorFactory.LoadMetrics(dataFolder), ClaimExtractorFactory.LoadEras(dataFolder)));
            return;
        }
        var seeds = BenchmarkCorpus.SeedFiles(settings.SeedsFolder);
        if (settings.StartupOnly)
        {
            Directory.CreateDirectory(work);
            report.Section($"Setup (whole processes only, {(settings.Quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores)");
            new StartupBenchmark(settings, report, work, progress).Run(seeds);
            return;
        }
        var models = RecognizerModels.English;
        var extractor = new ClaimExtractor(models, ClaimExtractorFactory.LoadMetrics(dataFolder), ClaimExtractorFactory.LoadEras(dataFolder));
        var straightforward = new ClaimExtractor(models, ClaimExtractorFactory.LoadMetrics(dataFolder),
            ClaimExtractorFactory.LoadEras(dataFolder), skipSentencesWithoutFigureCandidate: false);
        Directory.CreateDirectory(work);

        report.Section($"Setup ({(settings.Quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores)");
        var corpus = BenchmarkCorpus.Build(seeds, Path.Combine(work, "corpus"), settings.CorpusBytes);
        report.Fact("seed folder", settings.SeedsFolder);
        report.Fact("corpus", $"{corpus.Files.Count} files, {corpus.Bytes / 1e6:0.0} MB ({seeds.Count} seeds, each copy ends \"Copy N\")");
        foreach (var seed in seeds)
            extractor.Extract(SourceDocuments.Read(seed)); // JIT and model warm-up, not timed
        report.Add("setup", "peak working set after warm-up", MemoryProbe.PeakWorkingSetMb(), "MB");

        if (settings.ProfileOnly)
        {
            MeasureProfile(corpus, extractor);
            return;
        }

        var single = MeasureIngest(corpus, extractor);
        MeasureInputFormats(extractor);
        MeasureBaselines(corpus, single);
        MeasureProfile(corpus, extractor);
        MeasureOutput(seeds, extractor, straightforward, single);
        MeasureLedger(dataFolder);
        MeasureBackends(dataFolder);
        new StartupBenchmark(settings, report, work, progress).Run(seeds);
    }

    private void MeasureBackends(string dataFolder)
    {
        if (settings.PostgresServer is null)
        {
            report.Section($"SQLite and PostgreSQL side by side: skipped (give a server with --postgres or ${BenchmarkSettings.PostgresVariable})");
            return;
        }
        report.Section($"SQLite and PostgreSQL side by side ({settings.LedgerClaims:N0} claims for the reads; same documents, same process)");
        var r = BackendBenchmark.Run(settings, settings.PostgresServer, work, dataFolder, progress);
        report.Fact("PostgreSQL server", Ledger.LedgerTarget.Parse(settings.PostgresServer).Display);
        var rows = new (string Name, string Unit, Func<BackendBenchmark.Figures, double> Value)[]
        {
            ("store synthetic documents, 1 writer", "claims/s", f => f.OneWriterClaimsPerSecond),
            ("store synthetic documents, 4 writers (own connections)", "claims/s", f => f.FourWritersClaimsPerSecond),
            ($"ClaimStore.Query(metric) median at {r.Claims:N0} claims", "ms", f => f.QueryMedianMs),
            ($"ClaimStore.Query(metric) p95 at {r.Claims:N0} claims", "ms", f => f.QueryP95Ms),
            ("conflicts over the whole ledger (streamed, report written)", "s", f => f.ConflictsSeconds),
        };
        foreach (var (name, unit, value) in rows)
        {
            report.Add("backends", $"{name} (SQLite)", value(r.Sqlite), unit);
            report.Add("backends", $"{name} (PostgreSQL)", value(r.Postgres), unit);
        }
        report.Fact($"{"measure",-58}", $"{"SQLite",14} {"PostgreSQL",14}  unit");
        foreach (var (name, unit, value) in rows)
            report.Fact($"{name,-58}", $"{BenchmarkReport.Format(value(r.Sqlite)),14} {BenchmarkReport.Format(value(r.Postgres)),14}  {unit}");
        report.Add("backends", "claims copy SQLite -> PostgreSQL (COPY, then verify)", r.CopyTime.TotalSeconds, "s",
            $"{r.Claims / r.CopyTime.TotalSeconds:N0} claims/s");
        report.Fact("conflicts reports", $"{r.Sqlite.Pairs:N0} pairs on both; byte-identical (sha256 {r.Sqlite.ReportSha256[..16]}...)");
    }

    private IngestBenchmark.Result MeasureIngest(BenchmarkCorpus corpus, ClaimExtractor extractor)
    {
        const string Section = "ingest";
        report.Section("Ingest end to end (read, extract, write to a ledger file)");
        var single = IngestBenchmark.SingleThreaded(corpus, extractor, Path.Combine(work, "single.db"));
        report.Add(Section, "single-threaded (IngestPipeline.Run): MB/s", single.MbPerSecond, "MB/s",
            $"{single.Documents} docs, {single.Claims:N0} claims in {single.Elapsed.TotalSeconds:0.0} s");
        report.Add(Section, "single-threaded: claims/s", single.ClaimsPerSecond, "claims/s");
        if (single.Failed > 0)
            throw new BenchmarkException($"{single.Failed} corpus files failed to ingest");
        for (var q = 0; q < single.PeakMbAtQuarters.Count; q++)
            report.Add(Section, $"peak working set after {(q + 1) * 25}% of the corpus", single.PeakMbAtQuarters[q], "MB");

        var workers = Environment.ProcessorCount;
        var parallel = IngestBenchmark.Parallel(corpus, extractor, Path.Combine(work, "parallel.db"), workers);
        report.Add(Section, $"all cores (IngestPipeline.Run, {workers} workers + writer): MB/s", parallel.MbPerSecond, "MB/s",
            $"{parallel.Documents} docs, {parallel.Claims:N0} claims in {parallel.Elapsed.TotalSeconds:0.0} s");
        report.Add(Section, "all cores: claims/s", parallel.ClaimsPerSecond, "claims/s");
        var speedup = report.Add(Section, "all cores / single-threaded", parallel.MbPerSecond / single.MbPerSecond, "x");
        if (parallel.Claims != single.Claims)
            throw new BenchmarkException($"parallel ingest stored {parallel.Claims} claims, single-threaded {single.Claims}");
        for (var q = 0; q < parallel.PeakMbAtQuarters.Count; q++)
            report.Add(Section, $"peak working set after {(q + 1) * 25}% (all cores)", parallel.PeakMbAtQuarters[q], "MB");

        report.Target("all cores >= 1.7x single-threaded", $"{speedup:0.00}x", speedup >= 1.7);
        var peaks = single.PeakMbAtQuarters.Concat(parallel.PeakMbAtQuarters).ToList();
        var peak = peaks.Max();
        // Flat: the peak hardly moves over the second half of each run (growth under 10% of the half-way peak).
        var growthSingle = single.PeakMbAtQuarters[^1] - single.PeakMbAtQuarters[1];
        var growthParallel = parallel.PeakMbAtQuarters[^1] - parallel.PeakMbAtQuarters[1];
        var flat = growthSingle <= 0.1 * single.PeakMbAtQuarters[1] && growthParallel <= 0.1 * parallel.PeakMbAtQuarters[1];
        report.Target($"ingest peak memory < {MemoryLimitMb:0} MB and flat", $"{peak:0} MB; +{growthSingle:0} MB (single) and +{growthParallel:0} MB (all cores) from 50% to 100% of the corpus",
            peak < MemoryLimitMb && flat);
        return single;
    }

    private void MeasureInputFormats(ClaimExtractor extractor)
    {
        const string Section = "formats";
        var fixtures = Path.Combine(settings.RepoRoot, "tests", "ClaimsLedger.Tests", "Fixtures", "Inputs");
        var runs = settings.Quick ? 3 : 10;
        report.Section($"Input formats: the fixture pages and PDFs vs. the same articles as text (prepare = read, convert, extract; {runs} runs)");
        var results = InputFormatBenchmark.Measure(fixtures, extractor, work, runs);
        var text = results[0];
        foreach (var r in results)
        {
            report.Add(Section, $"{r.Kind}: documents/s", r.DocumentsPerSecond, "docs/s",
                $"{r.Documents} documents, {r.OriginalBytes / 1e3:0} kB as stored on disk, {r.TextChars / 1e3:0} k chars of text");
            report.Add(Section, $"{r.Kind}: MB of extracted text/s", r.TextMbPerSecond, "MB/s", $"original bytes: {r.OriginalMbPerSecond:0.00} MB/s");
            report.Add(Section, $"{r.Kind}: reading and converting alone, ms per document", r.Conversion.TotalMilliseconds / (r.Documents * r.Runs), "ms",
                $"{100 * r.Conversion.TotalSeconds / r.Elapsed.TotalSeconds:0}% of preparing (extraction is the rest)");
            if (r != text)
                report.Add(Section, $"{r.Kind} / plain text (extracted text per second)", r.TextMbPerSecond / text.TextMbPerSecond, "x");
        }
    }

    private void MeasureBaselines(BenchmarkCorpus corpus, IngestBenchmark.Result single)
    {
        const string Section = "baselines";
        var sample = corpus.Sample(settings.BaselineSampleBytes);
        var bytes = BenchmarkCorpus.SizeOf(sample);
        report.Section($"Baselines: Recognizers-Text static helpers alone, on a {bytes / 1e6:0.00} MB sample ({sample.Count} files)");
        var baselines = RecognizerBaselines.Measure(sample, bytes);
        foreach (var b in baselines)
        {
            report.Add(Section, $"{b.Model} over whole documents: MB/s", b.WholeDocumentMbPerSecond, "MB/s",
                $"ingest single-threaded is {single.MbPerSecond / b.WholeDocumentMbPerSecond:0.0}x this");
            report.Add(Section, $"{b.Model} over each sentence: MB/s", b.PerSentenceMbPerSecond, "MB/s",
                $"ingest single-threaded is {single.MbPerSecond / b.PerSentenceMbPerSecond:0.0}x this");
        }
        var perSentence = baselines.Single(b => b.Model == "all four").PerSentenceMbPerSecond;
        var ratio = report.Add(Section, "ingest single-threaded / all four models per sentence", single.MbPerSecond / perSentence, "x");
        report.Target("single-threaded ingest >= 20x per-sentence baseline", $"{ratio:0.0}x (all four models per sentence)", ratio >= 20);
    }

    private void MeasureProfile(BenchmarkCorpus corpus, ClaimExtractor extractor)
    {
        var sample = corpus.Sample(settings.BaselineSampleBytes);
        report.Section("Where single-threaded time goes (same sample; stages re-run separately, Stopwatch)");
        var profile = ExtractionProfile.Measure(sample, extractor, RecognizerModels.English, Path.Combine(work, "profile.db"));
        var stages = profile.Stages;
        report.Fact("sentences / candidates (CanHoldFigure) / DateTime run / with figures",
            $"{profile.Sentences} / {profile.CandidateSentences} / {profile.SentencesWithDates} / {profile.SentencesWithFigures}");
        var total = stages.Where(s => !s.Name.StartsWith(' ')).Sum(s => s.Time.TotalMilliseconds);
        foreach (var stage in stages)
            report.Add("profile", stage.Name, stage.Time.TotalMilliseconds, "ms", $"{100 * stage.Time.TotalMilliseconds / total:0.0}% of read+header+extract+write");
    }

    private void MeasureOutput(IReadOnlyList<string> seeds, ClaimExtractor extractor, ClaimExtractor straightforward, IngestBenchmark.Result single)
    {
        report.Section("Same output (seed corpus)");
        var comparison = SeedOutputCheck.CompareWithStraightforwardPath(seeds, extractor, straightforward);
        report.Fact("fast path claims", comparison.FastClaims);
        report.Fact("straightforward path claims (no CanHoldFigure prefilter)", comparison.StraightforwardClaims);
        report.Fact("identical", comparison.Identical ? "yes" : $"NO: {comparison.FirstDifference}");
        report.Add("output", "straightforward path time / fast path time",
            comparison.StraightforwardTime.TotalSeconds / comparison.FastTime.TotalSeconds, "x");
        report.Target("fast path output identical to straightforward path", comparison.Identical ? "identical" : comparison.FirstDifference!, comparison.Identical);

        var score = SeedOutputCheck.Score(settings, extractor, work);
        var f1 = score.GetProperty("f1").GetDouble();
        report.Add("output", "seed F1 (../shared/eval/score.py)", f1, "",
            $"precision {score.GetProperty("precision").GetDouble()}, recall {score.GetProperty("recall").GetDouble()}, "
            + $"fully correct {score.GetProperty("fully_correct").GetDouble()}; at {single.MbPerSecond:0.00} MB/s single-threaded");
    }

    private void MeasureReport(string dataFolder)
    {
        report.Section("`claims report` of data/samples");
        AddReport("report (samples)", ReportBenchmark.Samples(work, dataFolder));
        report.Section($"`claims report` of {settings.ReportClaims:N0} synthetic claims ({settings.ClaimsPerMetric} per metric)");
        AddReport("report (synthetic)", ReportBenchmark.Synthetic(settings, work, dataFolder));
    }

    private void AddReport(string section, ReportBenchmark.Result r)
    {
        report.Fact("claims / metrics", $"{r.Claims:N0} / {r.Metrics:N0}");
        report.Add(section, "write the whole report", r.WriteTime.TotalSeconds, "s", $"{r.Claims / r.WriteTime.TotalSeconds:N0} claims/s");
        report.Add(section, "whole report size", r.Bytes / 1e6, "MB", $"{(double)r.Bytes / r.Claims:0} bytes per claim");
        report.Add(section, "--metric report: write", r.MetricWriteTime.TotalMilliseconds, "ms", $"{r.MetricBytes / 1e3:0.0} KB");
        if (r.Browser is null)
        {
            report.Fact("browser", "no Chromium found: load and draw times not measured");
            return;
        }
        report.Add(section, "page load in headless Chromium (navigation to load event)", r.LoadMs!.Value, "ms");
        report.Add(section, "largest metric drawn after scrolling to it", r.DrawMs!.Value, "ms", $"{r.DrawnMarks} marks");
        report.Add(section, "#claim- link to the last claim: detail shown", r.LinkMs!.Value, "ms");
    }

    private void MeasureLedger(string dataFolder)
    {
        const string Section = "ledger";
        report.Section($"Ledger at scale ({settings.LedgerClaims:N0} synthetic claims through DocumentStore.Save)");
        var r = LedgerScaleBenchmark.Run(settings, work, dataFolder, progress);
        report.Fact("documents / metrics", $"{r.Documents:N0} documents of {settings.ClaimsPerDocument} claims, {r.Metrics:N0} metrics");
        report.Add(Section, "insert (DocumentStore.Save): claims/s", r.Claims / r.InsertTime.TotalSeconds, "claims/s", $"{r.Claims:N0} claims in {r.InsertTime.TotalSeconds:0.0} s");
        report.Add(Section, "file size per claim (checkpointed, incl. text)", (double)r.FileBytes / r.Claims, "bytes", $"{r.FileBytes / 1e6:0} MB in all");
        report.Add(Section, "ClaimStore.Query(metric): median", r.QueryMedianMs, "ms", $"{settings.MetricQueries} random metrics, median {r.QueryRowsMedian:0} claims each");
        report.Add(Section, "ClaimStore.Query(metric): p95", r.QueryP95Ms, "ms");
        report.Add(Section, "ClaimStore.Metrics() summary", r.MetricsSummaryTime.TotalMilliseconds, "ms");
        var peakNote = r.PeaksReset ? "peak of this phase alone (includes the ledger file's memory-mapped pages)" : "process peak so far (could not reset it)";
        report.Add(Section, "conflicts streamed (claims conflicts): compare", r.StreamedCompareTime.TotalSeconds, "s", $"{r.Pairs:N0} pairs, {r.Conflicts:N0} conflicts");
        report.Add(Section, "conflicts streamed: write the text report", r.StreamedWriteTime.TotalSeconds, "s", $"{r.StreamedReportBytes / 1e6:0} MB");
        var conflicts = report.Add(Section, "conflicts over the whole ledger, streamed (total)", (r.StreamedCompareTime + r.StreamedWriteTime).TotalSeconds, "s");
        report.Add(Section, "peak working set, streamed conflicts", r.PeakMbStreamedConflicts, "MB", peakNote);
        report.Add(Section, "export JSONL (ClaimExport.Rows, with corroboration): claims/s", r.ExportedClaims / r.ExportTime.TotalSeconds, "claims/s", $"{r.ExportedClaims:N0} claims in {r.ExportTime.TotalSeconds:0.0} s");
        var export = r.ExportedClaims / r.ExportTime.TotalSeconds;
        report.Add(Section, "peak working set, export", r.PeakMbExport, "MB", peakNote);
        report.Add(Section, "raw JSONL from one SQL reader in id order, no corroboration (reference): claims/s", r.ExportedClaims / r.StreamingExportTime.TotalSeconds, "claims/s", $"{r.StreamingExportTime.TotalSeconds:0.0} s");
        report.Add(Section, "whole-ledger comparison (reference, before streaming): Query(null)", r.LoadAllTime.TotalSeconds, "s");
        report.Add(Section, "whole-ledger comparison (reference): Compare", r.CompareTime.TotalSeconds, "s", $"{(r.LoadAllTime + r.CompareTime).TotalSeconds:0.0} s in all, no report written");
        report.Add(Section, "peak working set, whole-ledger comparison (reference)", r.PeakMbWholeLedgerCompare, "MB", peakNote);

        var at = $"at {r.Claims:N0} claims";
        report.Target("metric query < 20 ms median", $"{r.QueryMedianMs:0.0} ms {at}", r.QueryMedianMs < 20);
        report.Target("conflicts over the whole ledger < 30 s", $"{conflicts:0.0} s {at} (streamed, text report written; peak {r.PeakMbStreamedConflicts:0} MB)", conflicts < 30);
        report.Target("export >= 100,000 claims/s", $"{export:N0} claims/s via ClaimExport.Rows (with corroboration)", export >= 100_000);
    }
}
