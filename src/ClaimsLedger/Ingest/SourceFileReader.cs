using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Reads one input file (or standard input) and hands its bytes to its <see cref="DocumentFormats">format</see>. Text is
/// UTF-8 with or without BOM (the BOM is not kept), UTF-16 with BOM, and clearly GB18030 or Windows-1252 files are
/// decoded (saying so); empty, binary, over-size, unreadable and missing files are refused with a one-line error.
/// Never throws.
/// </summary>
public static class SourceFileReader
{
    /// <summary>Files larger than this are refused unless the caller sets another limit: transcripts are far smaller.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceReadResult Read(string path, long maxBytes = DefaultMaxBytes)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
                return SourceReadResult.Refused(path, CanList(path) ? "is a folder, not a file" : "cannot read folder (permission denied)");
            var info = new FileInfo(path);
            if (!info.Exists)
                return SourceReadResult.Refused(path, "no such file");
            if (info.Length == 0)
                return SourceReadResult.Refused(path, "empty file");
            if (info.Length > maxBytes)
                return SourceReadResult.Refused(path,
                    string.Create(CultureInfo.InvariantCulture, $"too large ({info.Length:N0} bytes; the limit is {maxBytes:N0})"));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return SourceReadResult.Refused(path, $"cannot read ({e.Message})");
        }
        return Convert(path, path, bytes);
    }

    /// <summary>The path standard input is recorded under: `stdin:` and the SHA-256 of what it held.</summary>
    public static string StandardInputPath(string originalSha256) => $"{StandardInputPrefix}{originalSha256}";

    public const string StandardInputPrefix = "stdin:";

    /// <summary>Reads one document from <paramref name="input"/> (standard input), its format found by content.</summary>
    public static SourceReadResult ReadStream(Stream input, long maxBytes = DefaultMaxBytes)
    {
        const string Name = "standard input";
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int count;
            while ((count = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + count > maxBytes)
                    return SourceReadResult.Refused(Name,
                        string.Create(CultureInfo.InvariantCulture, $"too large (more than {maxBytes:N0} bytes, the limit)"));
                buffer.Write(chunk, 0, count);
            }
            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            return SourceReadResult.Refused(Name, $"cannot read ({e.Message})");
        }
        if (bytes.Length == 0)
            return SourceReadResult.Refused(Name, "empty");
        var read = Convert(Name, "", bytes);
        return read.Succeeded ? read with { Path = StandardInputPath(read.OriginalSha256!) } : read;
    }

    private static SourceReadResult Convert(string path, string name, byte[] bytes)
    {
        var read = DocumentFormats.Read(path, DocumentFormats.Choose(name, bytes), bytes);
        return read.Succeeded ? read with { OriginalSha256 = System.Convert.ToHexStringLower(SHA256.HashData(bytes)) } : read;
    }

    internal static SourceReadResult Decode(string path, byte[] bytes)
    {
        if (BinarySignatures.Identify(bytes) is { } kind)
            return SourceReadResult.Refused(path, $"binary file ({kind}), not text");

        string text;
        string? note = null;
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            if (TryDecode(StrictUtf8, bytes, 3) is not { } utf8)
                return SourceReadResult.Refused(path, "has a UTF-8 byte order mark but is not valid UTF-8");
            text = utf8;
        }
        else if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
            if (TryDecode(utf16, bytes, 2) is not { } decoded)
                return SourceReadResult.Refused(path, "has a UTF-16 byte order mark but is not valid UTF-16");
            (text, note) = (decoded, "decoded from UTF-16");
        }
        else if (bytes.AsSpan().Contains((byte)0))
        {
            return SourceReadResult.Refused(path, "binary file (contains NUL bytes), not text");
        }
        else if (TryDecode(StrictUtf8, bytes, 0) is { } utf8)
        {
            text = utf8;
        }
        else if (LegacyEncodingDetector.Decode(bytes) is { } legacy)
        {
            (text, note) = (legacy.Text, $"not UTF-8: decoded as {legacy.EncodingName}");
        }
        else
        {
            return SourceReadResult.Refused(path, "not UTF-8, and not clearly Windows-1252 or GB18030; convert it to UTF-8");
        }

        if (string.IsNullOrWhiteSpace(text))
            return SourceReadResult.Refused(path, "empty (only white space)");
        if (CountControlCharacters(text) > Math.Max(8, text.Length / 100))
            return SourceReadResult.Refused(path, "binary file (many control characters), not text");
        return SourceReadResult.Read(path, text, note);
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes, int skip)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int CountControlCharacters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
                count++;
        }
        return count;
    }

    private static bool CanList(string folder)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
