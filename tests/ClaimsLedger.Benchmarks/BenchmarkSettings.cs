namespace ClaimsLedger.Benchmarks;

/// <summary>What one run measures and where it reads and writes. Full run by default; --quick for a smoke run.</summary>
public sealed record BenchmarkSettings(
    bool Quick,
    bool ProfileOnly,
    bool LedgerOnly,
    bool FormatsOnly,
    bool StartupOnly,
    string? ClaimsBuild,
    IReadOnlyDictionary<string, string> ChildEnvironment,
    bool ReportOnly,
    string RepoRoot,
    string SeedsFolder,
    string GoldFile,
    string ScoreScript,
    string OutputFile,
    long CorpusBytes,
    long BaselineSampleBytes,
    int LedgerClaims,
    int ClaimsPerDocument,
    int ClaimsPerMetric,
    int MetricQueries,
    string? PostgresServer,
    string? UdFile = null)
{
    /// <summary>Claims of the synthetic ledger `--report` writes a report of.</summary>
    public int ReportClaims => 100_000;

    /// <summary>Names a PostgreSQL server for the side-by-side run when --postgres is not given.</summary>
    public const string PostgresVariable = "CLAIMS_BENCH_PG";

    public const string Usage = """
        usage: dotnet run -c Release --project tests/ClaimsLedger.Benchmarks -- [--quick] [--seeds DIR] [--out FILE]
          --quick      smoke run: 4 MB corpus, 256 KB baseline sample, 100,000-claim ledger
          --profile    only the stage profile of extraction (no targets checked)
          --ledger     only the ledger-at-scale part (insert, queries, conflicts, export); no seed corpus needed
          --formats    only web pages and PDFs next to plain text (the test fixtures); no seed corpus needed
          --startup    only the whole-process part (claims commands as child processes, against a hello world)
          --claims DIR measure the claims executable in DIR instead of publishing one (e.g. a plain build)
          --env N=V    set N=V for every claims child process (repeatable; e.g. DOTNET_TieredCompilation=0)
          --report     only `claims report` of a 100,000-claim ledger: write time, size, load and draw in headless Chromium
          --seeds DIR  seed transcripts (default: ../shared/corpus/seeds from the repository root)
          --out FILE   JSON results (default: artifacts/benchmark.json under the repository root)
          --postgres CONN  also run SQLite and PostgreSQL side by side on this server (default: $CLAIMS_BENCH_PG; none: skipped);
                       a role that may create databases: postgresql://user@host:5432/postgres or Host=...;Username=...
          --ud FILE    only the tagger and parser on a UD CoNLL-U file (gold words): accuracy and sentences/s
        """;

    /// <summary>Reads the command line; null (after printing why) when it is not understood.</summary>
    public static BenchmarkSettings? Parse(string[] args, TextWriter error)
    {
        bool quick = false, profileOnly = false, ledgerOnly = false, formatsOnly = false, startupOnly = false, reportOnly = false;
        string? seeds = null, output = null, claimsBuild = null, ud = null, postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var environment = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--profile":
                    profileOnly = true;
                    break;
                case "--ledger":
                    ledgerOnly = true;
                    break;
                case "--formats":
                    formatsOnly = true;
                    break;
                case "--startup":
                    startupOnly = true;
                    break;
                case "--claims" when i + 1 < args.Length:
                    claimsBuild = Path.GetFullPath(args[++i]);
                    break;
                case "--env" when i + 1 < args.Length && args[i + 1].IndexOf('=') > 0:
                    var pair = args[++i];
                    environment[pair[..pair.IndexOf('=')]] = pair[(pair.IndexOf('=') + 1)..];
                    break;
                case "--report":
                    reportOnly = true;
                    break;
                case "--seeds" when i + 1 < args.Length:
                    seeds = args[++i];
                    break;
                case "--ud" when i + 1 < args.Length:
                    ud = Path.GetFullPath(args[++i]);
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--postgres" when i + 1 < args.Length:
                    postgres = args[++i];
                    break;
                default:
                    error.WriteLine($"unknown argument '{args[i]}'");
                    error.WriteLine(Usage);
                    return null;
            }
        }

        var root = FindRepoRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return new BenchmarkSettings(
            quick,
            profileOnly,
            ledgerOnly,
            formatsOnly,
            startupOnly,
            claimsBuild,
            environment,
            reportOnly,
            root,
            Path.GetFullPath(seeds ?? Path.Combine(shared, "corpus", "seeds")),
            Path.Combine(shared, "gold", "seeds.jsonl"),
            Path.Combine(shared, "eval", "score.py"),
            Path.GetFullPath(output ?? Path.Combine(root, "artifacts", "benchmark.json")),
            CorpusBytes: quick ? 4_000_000 : 20_000_000,
            BaselineSampleBytes: quick ? 256_000 : 1_000_000,
            LedgerClaims: quick ? 100_000 : 1_000_000,
            ClaimsPerDocument: 200,
            ClaimsPerMetric: 50,
            MetricQueries: quick ? 100 : 300,
            PostgresServer: string.IsNullOrEmpty(postgres) ? null : postgres,
            UdFile: ud);
    }

    /// <summary>The folder holding ClaimsLedger.sln, searched upwards from the working folder, then from the program.</summary>
    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClaimsLedger.sln")))
                    return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
