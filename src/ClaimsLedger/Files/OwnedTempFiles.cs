using System.Diagnostics;

namespace ClaimsLedger.Files;

/// <summary>
/// Temporary files named after the process that writes them ("{prefix}.{pid}.{random}{suffix}"), so that a later run can
/// delete the ones a killed process left behind (a SIGKILL runs no clean-up) without touching those of a running one.
/// </summary>
public static class OwnedTempFiles
{
    public static string NewPath(string folder, string prefix, string suffix) =>
        Path.Combine(folder, $"{prefix}.{Environment.ProcessId}.{Guid.NewGuid():N}{suffix}");

    /// <summary>Deletes the files of this naming in <paramref name="folder"/> whose process is no longer running; returns how many.</summary>
    public static int SweepStale(string folder, string prefix, string suffix)
    {
        var swept = 0;
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, $"{prefix}.*{suffix}").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
        foreach (var file in files)
        {
            var middle = Path.GetFileName(file)[(Path.GetFileName(prefix).Length + 1)..^suffix.Length].Split('.');
            if (middle.Length == 2 && int.TryParse(middle[0], out var pid) && !IsRunning(pid) && TryDelete(file))
                swept++;
        }
        return swept;
    }

    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // someone else's file, or already gone
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
            return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
