using System.Text;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Text written now and copied out later: kept in memory up to a size, then moved to a temporary file (deleted when
/// disposed, and on Ctrl-C or SIGTERM; see <see cref="SpillFiles"/>), so that a report of millions of lines needs no more
/// memory than a few MB.
/// </summary>
internal sealed class SpilledText(int memoryChars = SpilledText.DefaultMemoryChars) : IDisposable
{
    public const int DefaultMemoryChars = 4 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StringWriter memory = new(System.Globalization.CultureInfo.InvariantCulture);
    private string? filePath;
    private StreamWriter? file;

    /// <summary>Where to write. Moves to a temporary file once past the memory size (checked at each call).</summary>
    public TextWriter Writer
    {
        get
        {
            if (file is null && memory.GetStringBuilder().Length > memoryChars)
            {
                filePath = SpillFiles.Create();
                file = new StreamWriter(filePath, append: false, Utf8, 1 << 16);
                file.Write(memory.GetStringBuilder());
                memory.GetStringBuilder().Clear();
            }
            return file ?? (TextWriter)memory;
        }
    }

    /// <summary>Writes everything written so far to <paramref name="output"/>.</summary>
    public void CopyTo(TextWriter output)
    {
        if (filePath is null)
        {
            foreach (var chunk in memory.GetStringBuilder().GetChunks())
                output.Write(chunk.Span);
            return;
        }
        using var reader = OpenReader();
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            output.Write(buffer, 0, read);
    }

    /// <summary>Everything written so far, read from the start (as often as wanted); nothing may be written after.</summary>
    public TextReader OpenReader()
    {
        if (filePath is null)
            return new StringReader(memory.ToString());
        file?.Dispose();
        file = null;
        return new StreamReader(filePath, Utf8);
    }

    public void Dispose()
    {
        file?.Dispose();
        if (filePath is not null)
            SpillFiles.Delete(filePath);
    }
}
