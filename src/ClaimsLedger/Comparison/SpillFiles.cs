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
        // The handlers do not cancel the signal: the process still ends as it would, without its spill files (a file
        // another thread still writes is unlinked; its space is freed when the process is gone).
        return [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => DeleteAll()))];
    }

    private static void DeleteAll()
    {
        foreach (var path in Live.Keys)
            Delete(path);
    }
}
