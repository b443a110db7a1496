using System.Text;

namespace ClaimsLedger.Files;

/// <summary>
/// An output file written whole or not at all: text goes to a temporary file beside the target, which replaces the
/// target only at <see cref="Commit"/>. An interrupted or failed write leaves an earlier file as it was. Refuses (with
/// <see cref="OutputFileException"/>, a one-line message) a target that is, or resolves to, one of the protected files
/// (the ledger and its -wal, -shm and -journal companions), compared by resolved path and by device and inode, and a
/// target that is a folder, device, FIFO or socket. Every command that writes a file writes it through this class.
/// </summary>
public sealed class OutputFile : IDisposable
{
    /// <summary>How the temporary file beside the target ends (its name also holds the target's and the process's).</summary>
    public const string PartialSuffix = ".partial";

    private readonly string target;
    private readonly string temporary;
    private readonly StreamWriter writer;
    private bool committed;

    private OutputFile(string target, string temporary, StreamWriter writer)
    {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /// <summary>UTF-8 without BOM.</summary>
    public TextWriter Writer => writer;

    /// <param name="path">Where the output goes (a link to a regular file is followed: the file it names is replaced).</param>
    /// <param name="protectedPaths">Files the output must never replace.</param>
    public static OutputFile Create(string path, IEnumerable<string> protectedPaths)
    {
        if (path.Length == 0)
            throw new OutputFileException("--out: the file name is empty");
        var target = ResolvedPath.Of(path);
        var status = FileStatus.Of(target);
        if (status.Exists && status.Kind != FileKind.Regular)
            throw new OutputFileException($"{path}: is {status.Description}, not a file to write");
        foreach (var kept in protectedPaths)
        {
            if (kept.Length > 0 && (ResolvedPath.Of(kept) == target || status.IsSameFileAs(FileStatus.Of(kept))))
                throw new OutputFileException($"{path}: would write over the ledger's file {kept}; refusing");
        }
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new OutputFileException($"{path}: folder {folder} does not exist");
        var prefix = "." + Path.GetFileName(target);
        OwnedTempFiles.SweepStale(folder, prefix, PartialSuffix); // left by a killed export of the same file
        var temporary = OwnedTempFiles.NewPath(folder, prefix, PartialSuffix);
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            return new OutputFile(target, temporary, new StreamWriter(stream, new UTF8Encoding(false), 1 << 16));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException($"{path}: cannot write ({e.Message})");
        }
    }

    /// <summary>Flushes the text to disk and puts the file in place of the target.</summary>
    public void Commit()
    {
        try
        {
            writer.Flush();
            ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
            writer.Dispose();
            File.Move(temporary, target, overwrite: true);
            committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException($"{target}: cannot write ({e.Message})");
        }
    }

    public void Dispose()
    {
        if (committed)
            return;
        try
        {
            writer.Dispose();
        }
        catch (IOException)
        {
            // the disk is full or gone: the temporary file goes anyway
        }
        OwnedTempFiles.TryDelete(temporary);
    }
}

/// <summary>An output file that cannot be written where asked; the message is the one line to print.</summary>
public sealed class OutputFileException(string message) : IOException(message);
