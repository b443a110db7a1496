using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// Runs programs as a user would and measures what they cost: CPU seconds (user + system) from getrusage, of the child
/// (RUSAGE_CHILDREN before and after one reaped child; children run one at a time) or of this process (RUSAGE_SELF).
/// </summary>
public static class ChildProcesses
{
    public sealed record Run(double CpuSeconds, double WallSeconds, string Output);

    /// <summary>Runs <paramref name="program"/> to its end; a non-zero exit is a <see cref="BenchmarkException"/> naming the command.</summary>
    public static Run Measure(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, bool allowFailure = false)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var before = CpuSeconds(RusageChildren);
        var wall = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchmarkException($"{program}: could not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        wall.Stop();
        var cpu = CpuSeconds(RusageChildren) - before;
        if (process.ExitCode != 0 && !allowFailure)
        {
            var message = (error.Result + output).Trim().Split('\n').FirstOrDefault() ?? "";
            throw new BenchmarkException($"{Path.GetFileName(program)} {string.Join(' ', start.ArgumentList)}: exit {process.ExitCode}: {message}");
        }
        return new Run(cpu, wall.Elapsed.TotalSeconds, output);
    }

    /// <summary>CPU seconds this process has used so far, all threads (GC and JIT included).</summary>
    public static double SelfCpuSeconds() => CpuSeconds(RusageSelf);

    /// <summary>The program of that name on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private const int RusageSelf = 0;
    private const int RusageChildren = -1;

    private static double CpuSeconds(int who)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            throw new BenchmarkException("the start-up section measures CPU time with getrusage (Linux or macOS only)");
        if (GetRusage(who, out var usage) != 0)
            throw new BenchmarkException($"getrusage failed (errno {Marshal.GetLastPInvokeError()})");
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    /// <summary>The head of struct rusage (two struct timevals of two longs each on 64-bit Unix), padded to its full size.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public RusageRest Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct RusageRest
    {
        private long first;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);
}
