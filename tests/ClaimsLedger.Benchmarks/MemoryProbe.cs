using System.Diagnostics;

namespace ClaimsLedger.Benchmarks;

/// <summary>The process's working set, in MB (10^6 bytes).</summary>
public static class MemoryProbe
{
    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1e6;
    }

    public static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / 1e6;
    }
}
