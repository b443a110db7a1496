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

    /// <summary>
    /// Starts the peak over from the current working set (Linux: writing 5 to /proc/self/clear_refs resets VmHWM, which
    /// PeakWorkingSet64 reads), so that one phase's peak is not hidden by an earlier one. False where it cannot.
    /// </summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / 1e6;
    }
}
