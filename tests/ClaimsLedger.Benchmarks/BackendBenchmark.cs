using System.Diagnostics;
using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;
using Npgsql;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// SQLite and PostgreSQL side by side on the same synthetic documents: storing them with one and with four writers
/// (each its own connection, as separate processes would), then, on a ledger of <see cref="BenchmarkSettings.LedgerClaims"/>
/// claims (written to SQLite, copied to the server with claims copy), metric queries and conflicts over the whole ledger.
/// Runs only when a server is given (--postgres or CLAIMS_BENCH_PG); works in databases it creates and drops.
/// </summary>
public static class BackendBenchmark
{
    public sealed record Figures(
        double OneWriterClaimsPerSecond,
        double FourWritersClaimsPerSecond,
        double QueryMedianMs,
        double QueryP95Ms,
        double ConflictsSeconds,
        long Pairs,
        string ReportSha256);

    public sealed record Result(Figures Sqlite, Figures Postgres, long Claims, TimeSpan CopyTime);

    public static Result Run(BenchmarkSettings settings, string server, string workFolder, string dataFolder, TextWriter progress)
    {
        var rates = CurrencyRates.LoadFromDataDirectory(dataFolder);
        var writeDocuments = settings.Quick ? 100 : 400;
        var metricCount = settings.LedgerClaims / settings.ClaimsPerMetric;
        using var databases = new ScratchDatabases(server);

        progress.WriteLine("  storing with 1 and 4 writers on each back end");
        var sqliteOne = Store(() => LedgerDatabase.Open(Path.Combine(workFolder, "one.db")), writeDocuments, metricCount, 1);
        var sqliteFour = Store(() => LedgerDatabase.Open(Path.Combine(workFolder, "four.db")), writeDocuments, metricCount, 4);
        var one = databases.Create("one");
        var four = databases.Create("four");
        var postgresOne = Store(() => LedgerDatabase.Open(one), writeDocuments, metricCount, 1);
        var postgresFour = Store(() => LedgerDatabase.Open(four), writeDocuments, metricCount, 4);

        var scalePath = Path.Combine(workFolder, "backends.db");
        var documents = settings.LedgerClaims / settings.ClaimsPerDocument;
        long claims = 0;
        using (var sqlite = LedgerDatabase.Open(scalePath))
        {
            var generator = new SyntheticLedger(settings.ClaimsPerDocument, metricCount);
            for (var d = 0; d < documents; d++)
            {
                claims += sqlite.Documents.Save(generator.Document(d)).ClaimsAdded;
                if ((d + 1) % Math.Max(1, documents / 10) == 0)
                    progress.Write($"\r  SQLite ledger: {claims:N0} claims");
            }
        }
        progress.WriteLine();
        var scale = databases.Create("scale");
        var copy = Stopwatch.StartNew();
        using (var source = LedgerDatabase.Open(scalePath))
        using (var target = LedgerDatabase.Open(scale))
        {
            var copied = LedgerCopier.Copy(source, target);
            if (!copied.Verification.IsClean)
                throw new BenchmarkException($"the copy to PostgreSQL did not verify: {copied.Verification.Problems[0]}");
        }
        copy.Stop();
        progress.WriteLine($"  copied to PostgreSQL in {copy.Elapsed.TotalSeconds:0.0} s");

        var sqliteReads = Read(scalePath, metricCount, settings.MetricQueries, rates, workFolder);
        var postgresReads = Read(scale, metricCount, settings.MetricQueries, rates, workFolder);
        if (sqliteReads.Sha256 != postgresReads.Sha256)
            throw new BenchmarkException("conflicts printed different reports from SQLite and PostgreSQL");
        return new Result(
            new Figures(sqliteOne, sqliteFour, sqliteReads.Median, sqliteReads.P95, sqliteReads.Conflicts, sqliteReads.Pairs, sqliteReads.Sha256),
            new Figures(postgresOne, postgresFour, postgresReads.Median, postgresReads.P95, postgresReads.Conflicts, postgresReads.Pairs, postgresReads.Sha256),
            claims, copy.Elapsed);
    }

    /// <summary>Claims stored per second by <paramref name="writers"/> threads, each with its own ledger connection, documents dealt round-robin.</summary>
    private static double Store(Func<LedgerDatabase> open, int documents, int metricCount, int writers)
    {
        var generator = new SyntheticLedger(200, metricCount, seed: 3);
        var prepared = Enumerable.Range(0, documents).Select(generator.Document).ToList();
        var ledgers = Enumerable.Range(0, writers).Select(_ => open()).ToList();
        try
        {
            var watch = Stopwatch.StartNew();
            var stored = new long[writers];
            var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
            {
                for (var d = w; d < prepared.Count; d += writers)
                    stored[w] += ledgers[w].Documents.Save(prepared[d]).ClaimsAdded;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            watch.Stop();
            return stored.Sum() / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            ledgers.ForEach(l => l.Dispose());
        }
    }

    private sealed record Reads(double Median, double P95, double Conflicts, long Pairs, string Sha256);

    private static Reads Read(string target, int metricCount, int queries, CurrencyRates rates, string workFolder)
    {
        using var ledger = LedgerDatabase.Open(target);
        ledger.ReadFromOneSnapshot();
        var random = new Random(11);
        ledger.Claims.Query(SyntheticLedger.MetricName(0));
        var times = new List<double>();
        for (var i = 0; i < queries; i++)
        {
            var watch = Stopwatch.StartNew();
            ledger.Claims.Query(SyntheticLedger.MetricName(random.Next(metricCount)));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();

        var reportPath = Path.Combine(workFolder, "backend-conflicts.txt");
        var conflicts = Stopwatch.StartNew();
        long pairs;
        using (var report = StreamedPairReport.Compare(ClaimBlocks.Of(ledger, null), new ComparisonEngine(rates), PairReportFormat.Text))
        using (var file = new StreamWriter(reportPath, false, new System.Text.UTF8Encoding(false), 1 << 16))
        {
            report.WriteTo(file);
            pairs = report.Counts.Total;
        }
        conflicts.Stop();
        var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(reportPath)));
        File.Delete(reportPath);
        return new Reads(times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], conflicts.Elapsed.TotalSeconds, pairs, sha);
    }

    /// <summary>Databases made on the server for this run, dropped at the end.</summary>
    private sealed class ScratchDatabases(string server) : IDisposable
    {
        private readonly NpgsqlConnectionStringBuilder admin = new(LedgerTarget.Parse(server).ConnectionString)
        {
            Pooling = false,
            Database = new NpgsqlConnectionStringBuilder(LedgerTarget.Parse(server).ConnectionString).Database ?? "postgres",
        };
        private readonly List<string> names = [];

        public string Create(string purpose)
        {
            var name = $"claims_bench_{Environment.ProcessId}_{purpose}";
            Execute($"DROP DATABASE IF EXISTS {name}");
            Execute($"CREATE DATABASE {name}");
            names.Add(name);
            return new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
        }

        private void Execute(string sql)
        {
            using var connection = new NpgsqlConnection(admin.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            foreach (var name in names)
                Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }
}
