using ClaimsLedger.Files;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Turns command-line paths into the files to ingest: a file stands for itself (whatever its extension); a folder for
/// every file under it of a format ingest reads (by extension, or by content for other names: an HTML page saved as
/// ".aspx"), found lazily one folder at a time (in ordinal name order) so that huge trees cost little memory and no open
/// handles. The other files of a folder, and its README, are found as skipped, with the reason. Links to files are found
/// like files (the reader checks what they point to); links to folders inside a folder are not followed (a loop would
/// never end) but found, so that the reader reports them; devices, FIFOs and sockets are never opened here.
/// </summary>
public static class SourceFileFinder
{
    /// <summary>A file to ingest, or (with <see cref="Skipped"/>) one of a folder's files that is not a document.</summary>
    public sealed record Found(string Path, string? Skipped = null);

    /// <summary>The files to ingest, without the skipped ones.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths) => Find(paths).Where(f => f.Skipped is null).Select(f => f.Path);

    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        MatchCasing = MatchCasing.CaseInsensitive,
        AttributesToSkip = 0,
    };

    public static IEnumerable<Found> Find(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return new Found(path); // a file, or a missing path the reader reports
                continue;
            }
            foreach (var file in FilesUnder(path))
                yield return new Found(file, SkipReason(file));
        }
    }

    /// <summary>Why a file found in a folder is not ingested, or null when it is.</summary>
    private static string? SkipReason(string file)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith("README", StringComparison.OrdinalIgnoreCase))
            return "a README, not a document";
        if (DocumentFormats.ByExtension(name) is not null)
            return null;
        if (FileStatus.Of(file).Kind != FileKind.Regular)
            return null; // not opened to look inside (a FIFO would wait forever): the reader reports what it is
        var head = new byte[DocumentFormats.HeadBytes];
        int count;
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the reader reports what is wrong with it
        }
        if (DocumentFormats.Recognised(head.AsSpan(0, count)) is not null)
            return null;
        var kind = BinarySignatures.Identify(head.AsSpan(0, count));
        return kind is null ? "not a format ingest reads (by its name or content)" : $"not a format ingest reads ({kind})";
    }

    private static IEnumerable<string> FilesUnder(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder, "*", OneFolder);
                var (linked, real) = Directory.GetDirectories(folder, "*", OneFolder).Partition(f => new DirectoryInfo(f).LinkTarget is not null);
                files = [.. files, .. linked];
                folders = real;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be listed is reported by the reader as a failed input, never skipped silently.
                files = [folder];
                folders = [];
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
                yield return file;
            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
                pending.Push(folders[i]);
        }
    }

    private static (string[] Matching, string[] Others) Partition(this string[] paths, Func<string, bool> predicate) =>
        (paths.Where(predicate).ToArray(), paths.Where(p => !predicate(p)).ToArray());
}
