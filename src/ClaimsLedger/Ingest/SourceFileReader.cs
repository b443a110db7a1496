using System.Globalization;
using System.Text;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Reads one transcript file as text. UTF-8 with or without BOM (the BOM is not kept), UTF-16 with BOM, and clearly
/// GB18030 or Windows-1252 files are decoded (saying so); empty, binary, over-size, unreadable and missing files are
/// refused with a one-line error. Never throws.
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
        return Decode(path, bytes);
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
