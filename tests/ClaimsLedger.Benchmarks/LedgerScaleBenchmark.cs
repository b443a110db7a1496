using System.Diagnostics;
using ClaimsLedger.Comparison;
using ClaimsLedger.Export;
using ClaimsLedger.Ledger;
using Dapper;

namespace ClaimsLedger.Benchmarks;

/// <summary>A ledger of many synthetic claims written through DocumentStore.Save, then timed at the reads users make.</summary>
public static class LedgerScaleBenchmark
{
    public sealed record Result(
        long Claims,
        int Documents,
        int Metrics,
        TimeSpan InsertTime,
        long FileBytes,
        double QueryMedianMs,
        double QueryP95Ms,
        double QueryRowsMedian,
        TimeSpan MetricsSummaryTime,
        TimeSpan StreamedCompareTime,
        TimeSpan StreamedWriteTime,
        long StreamedReportBytes,
        int Pairs,
        int Conflicts,
        double PeakMbStreamedConflicts,
        TimeSpan LoadAllTime,
        TimeSpan CompareTime,
        double PeakMbWholeLedgerCompare,
        TimeSpan ExportTime,
        TimeSpan StreamingExportTime,
        long ExportedClaims,
        double PeakMbExport,
        bool PeaksReset);

    public static Result Run(BenchmarkSettings settings, string workFolder, string dataFolder, TextWriter progress)
    {
        var path = Path.Combine(workFolder, "scale.db");
        var metricCount = settings.LedgerClaims / settings.ClaimsPerMetric;
        var documents = settings.LedgerClaims / settings.ClaimsPerDocument;
        var generator = new SyntheticLedger(settings.ClaimsPerDocument, metricCount);
        using var ledger = LedgerDatabase.Open(path);

        long claims = 0;
        var insert = new Stopwatch();
        for (var d = 0; d < documents; d++)
        {
            var document = generator.Document(d);
            insert.Start();
            claims += ledger.Documents.Save(document).ClaimsAdded;
            insert.Stop();
            if ((d + 1) % Math.Max(1, documents / 10) == 0)
                progress.Write($"\r  inserting: {claims:N0} claims");
        }
        progress.WriteLine();
        ledger.Connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        var fileBytes = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);

        var (median, p95, rows) = TimeQueries(ledger, metricCount, settings.MetricQueries);
        var summaryTimes = Enumerable.Range(0, 3).Select(_ => Time(() => ledger.Claims.Metrics().Count)).Order().ToList();

        var rates = CurrencyRates.LoadFromDataDirectory(dataFolder);

        // claims conflicts as the CLI runs it: streamed metric by metric, the text report written to a file.
        GC.Collect();
        var peaksReset = MemoryProbe.ResetPeak();
        var streamedCompare = Stopwatch.StartNew();
        var streamedReport = StreamedPairReport.Compare(ClaimBlocks.Of(ledger, null), new ComparisonEngine(rates), PairReportFormat.Text);
        streamedCompare.Stop();
        var reportPath = Path.Combine(workFolder, "conflicts.txt");
        var streamedWrite = Stopwatch.StartNew();
        using (streamedReport)
        using (var file = new StreamWriter(reportPath, false, new System.Text.UTF8Encoding(false), 1 << 16))
            streamedReport.WriteTo(file);
        streamedWrite.Stop();
        var peakStreamed = MemoryProbe.PeakWorkingSetMb();
        var reportBytes = new FileInfo(reportPath).Length;
        File.Delete(reportPath);
        var pairs = streamedReport.Counts.Total;
        var conflicts = streamedReport.Counts.Conflict;

        GC.Collect();
        MemoryProbe.ResetPeak();
        var exportPath = Path.Combine(workFolder, "export.jsonl");
        var export = Stopwatch.StartNew();
        long exported = 0;
        using (var file = new StreamWriter(exportPath, false, new System.Text.UTF8Encoding(false), 1 << 16))
        {
            JsonLinesClaimWriter.Write(ClaimExport.Rows(ledger, null, rates).Select(row =>
            {
                exported++;
                return row;
            }), file);
        }
        export.Stop();
        var peakExport = MemoryProbe.PeakWorkingSetMb();
        GC.Collect();
        var streaming = Stopwatch.StartNew();
        var streamed = StreamingExport.Write((Microsoft.Data.Sqlite.SqliteConnection)ledger.Connection, Path.Combine(workFolder, "export-streamed.jsonl"));
        streaming.Stop();
        if (streamed != exported)
            throw new BenchmarkException($"raw streaming export wrote {streamed} claims, ClaimExport.Rows {exported}");

        // For reference, last (its memory is not all given back): the whole-ledger comparison conflicts used to run.
        GC.Collect();
        MemoryProbe.ResetPeak();
        var load = Stopwatch.StartNew();
        var all = ledger.Claims.Query(null);
        load.Stop();
        var compare = Stopwatch.StartNew();
        var report = new ComparisonEngine(rates).Compare(all);
        compare.Stop();
        if (report.Pairs.Count != pairs || report.Count(PairStatus.Conflict) != conflicts)
            throw new BenchmarkException($"streamed conflicts found {pairs} pairs, the whole-ledger comparison {report.Pairs.Count}");
        var peakWhole = MemoryProbe.PeakWorkingSetMb();
        all = null;
        report = null;
        GC.Collect();

        return new Result(claims, documents, metricCount, insert.Elapsed, fileBytes, median, p95, rows, summaryTimes[1],
            streamedCompare.Elapsed, streamedWrite.Elapsed, reportBytes, pairs, conflicts, peakStreamed,
            load.Elapsed, compare.Elapsed, peakWhole, export.Elapsed, streaming.Elapsed, exported, peakExport, peaksReset);
    }

    private static (double Median, double P95, double Rows) TimeQueries(LedgerDatabase ledger, int metricCount, int queries)
    {
        var random = new Random(11);
        ledger.Claims.Query(SyntheticLedger.MetricName(0));
        var times = new List<double>();
        var rows = new List<double>();
        for (var i = 0; i < queries; i++)
        {
            var name = SyntheticLedger.MetricName(random.Next(metricCount));
            var watch = Stopwatch.StartNew();
            var found = ledger.Claims.Query(name).Count;
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            rows.Add(found);
        }
        times.Sort();
        rows.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], rows[rows.Count / 2]);
    }

    private static TimeSpan Time(Func<int> action)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed;
    }
}
