namespace ClaimsLedger.Files;

/// <summary>
/// A path made absolute with every symbolic link in it resolved, also where its last part does not exist yet or is a
/// dangling link: "out.csv" in a folder linked to the ledger's folder, or a link to "ledger.db-wal" before the log exists,
/// resolve to the name the file system would write.
/// </summary>
public static class ResolvedPath
{
    private const int MaxLinks = 40; // as the kernel's ELOOP

    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    private static string Resolve(string full, int links)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }
            if (target is not null && links < MaxLinks)
            {
                var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                return Resolve(Path.GetFullPath(Path.Combine(Path.GetFullPath(target, current), rest)), links + 1);
            }
            current = next;
        }
        return current;
    }
}
