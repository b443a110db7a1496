namespace ClaimsLedger.Ingest;

/// <summary>
/// Turns command-line paths into the files to ingest: a file stands for itself (whatever its extension); a folder for
/// every *.txt under it, found lazily one folder at a time (in ordinal name order) so that huge trees cost little memory
/// and no open handles. Links to files are found like files (the reader checks what they point to); links to folders
/// inside a folder are not followed (a loop would never end) but found, so that the reader reports them.
/// </summary>
public static class SourceFileFinder
{
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        MatchCasing = MatchCasing.CaseInsensitive,
        AttributesToSkip = 0,
    };

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path; // a file, or a missing path the reader reports
                continue;
            }
            foreach (var file in TextFilesUnder(path))
                yield return file;
        }
    }

    private static IEnumerable<string> TextFilesUnder(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder, "*.txt", OneFolder);
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
