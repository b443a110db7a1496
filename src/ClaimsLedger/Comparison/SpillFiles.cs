using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using ClaimsLedger.Files;

namespace ClaimsLedger.Comparison;

/// <summary>
/// The temporary files reports spill to ("claims-spill.{pid}.{random}.tmp" in the temp folder). The files of this
/// process are deleted when their report is disposed, and also when the process is interrupted (Ctrl-C, SIGTERM, SIGQUIT)
/// or exits; those a killed process (SIGKILL) left are swept by the next process that spills or calls <see cref="SweepStale"/>.
/// </summary>
public static class SpillFiles
{
    private const string Prefix = "claims-spill";
    private const string Suffix = ".tmp";

    private static readonly ConcurrentDictionary<string, byte> Live = new();
    private static readonly Lazy<PosixSignalRegistration[]> Handlers = new(RegisterHandlers);

    /// <summary>Deletes the spill files of processes no longer running; returns how many.</summary>
    public static int SweepStale() => OwnedTempFiles.SweepStale(Path.GetTempPath(), Prefix, Suffix);

    internal static string Create()
    {
        _ = Handlers.Value;
        SweepStale();
        var path = OwnedTempFiles.NewPath(Path.GetTempPath(), Prefix, Suffix);
        Live[path] = 0;
        return path;
    }

    internal static void Delete(string path)
    {
        OwnedTempFiles.TryDelete(path);
        Live.TryRemove(path, out _);
    }

    private static PosixSignalRegistration[] RegisterHandlers()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
        // The process ends at once with the shell's code for the signal (130 for Ctrl-C), without its spill files (a file
        // another thread still writes is unlinked; its space is freed when the process is gone): a report whose output
        // unblocks just after the signal must not finish and exit 0 as if nobody had interrupted it.
        return [.. new[] { (PosixSignal.SIGINT, 130), (PosixSignal.SIGTERM, 143), (PosixSignal.SIGQUIT, 131) }
            .Select(signal => PosixSignalRegistration.Create(signal.Item1, context =>
            {
                DeleteAll();
                context.Cancel = true;
                Environment.Exit(signal.Item2);
            }))];
    }

    private static void DeleteAll()
    {
        foreach (var path in Live.Keys)
            Delete(path);
    }
}
