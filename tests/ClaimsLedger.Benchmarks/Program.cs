using System.Diagnostics;
using System.Globalization;
using ClaimsLedger.Benchmarks;
using ClaimsLedger.Extraction;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var settings = BenchmarkSettings.Parse(args, Console.Error);
if (settings is null)
    return 2;

#if DEBUG
Console.Error.WriteLine("warning: Debug build; run with -c Release for figures worth comparing");
#endif
if (settings.UdFile is not null)
    return ParserBenchmark.Run(settings, Console.Out);

var work = Path.Combine(Path.GetTempPath(), $"claims-bench-{Environment.ProcessId}");
try
{
    var elapsed = Stopwatch.StartNew();
    var report = new BenchmarkReport(Console.Out);
    new BenchmarkRun(settings, report, work, Console.Out).Execute();
    report.PrintTargets();
    if (settings.ProfileOnly)
        return 0;
    report.WriteJson(settings.OutputFile, settings, elapsed.Elapsed);
    Console.WriteLine();
    Console.WriteLine($"results written to {settings.OutputFile} ({elapsed.Elapsed.TotalSeconds:0} s)");
    return report.Targets.All(t => t.Pass) ? 0 : 1;
}
catch (BenchmarkException e)
{
    Console.Error.WriteLine($"benchmark: {e.Message}");
    return 2;
}
finally
{
    if (Directory.Exists(work))
        Directory.Delete(work, recursive: true);
}
