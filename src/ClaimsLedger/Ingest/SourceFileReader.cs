using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimsLedger.Files;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Reads one input file (or standard input) and hands its bytes to its <see cref="DocumentFormats">format</see>. Text is
/// UTF-8 with or without BOM (the BOM is not kept), UTF-16 with BOM, and files whose legacy encoding is clear
/// (<see cref="LegacyEncodingDetector"/>) are decoded (saying so); UTF-8 with stray bytes, empty, binary, over-size,
/// unreadable and missing files, and anything but a regular file (judged after following links: devices, FIFOs,
/// sockets) are refused with a one-line error. Never throws.
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
                return SourceReadResult.Refused(path, FolderProblem(path));
            // What the path names after its links: a link to /dev/zero or to a FIFO is refused, one to a big file obeys the limit.
            var status = FileStatus.Of(path);
            if (!status.Exists)
                return SourceReadResult.Refused(path, FileStatus.Of(path, followLinks: false).Exists ? "broken symbolic link (its target does not exist)" : "no such file");
            if (status.Kind != FileKind.Regular)
                return SourceReadResult.Refused(path, $"is {status.Description}, not a regular file");
            if (status.Size == 0)
                return SourceReadResult.Refused(path, "empty file");
            if (status.Size > maxBytes)
                return SourceReadResult.Refused(path, TooLarge(status.Size, maxBytes));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            // The limit holds for what is read, not only for the size stat gave: a file may grow while it is read.
            if (BoundedRead.ReadAtMost(stream, maxBytes) is not { } read)
                return SourceReadResult.Refused(path, TooLarge(null, maxBytes));
            if (read.Length == 0)
                return SourceReadResult.Refused(path, "empty file");
            bytes = read;
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
            if (BoundedRead.ReadAtMost(input, maxBytes) is not { } all)
                return SourceReadResult.Refused(Name, TooLarge(null, maxBytes));
            bytes = all;
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
        else if (StrayByteInUtf8(bytes) is { } stray)
        {
            return SourceReadResult.Refused(path, string.Create(CultureInfo.InvariantCulture,
                $"not valid UTF-8: byte 0x{bytes[stray]:X2} at offset {stray} of otherwise UTF-8 text (a damaged or mixed file); convert it to UTF-8"));
        }
        else if (LegacyEncodingDetector.Decode(bytes) is { } legacy)
        {
            (text, note) = (legacy.Text, $"not UTF-8: decoded as {legacy.EncodingName}");
        }
        else
        {
            return SourceReadResult.Refused(path, "not UTF-8, and its encoding cannot be told with confidence; convert it to UTF-8");
        }

        if (string.IsNullOrWhiteSpace(text))
            return SourceReadResult.Refused(path, "empty (only white space)");
        if (CountControlCharacters(text) > Math.Max(8, text.Length / 100))
            return SourceReadResult.Refused(path, "binary file (many control characters), not text");
        return SourceReadResult.Read(path, text, note);
    }

    /// <summary>
    /// The offset of the first invalid byte when the bytes also hold valid multi-byte UTF-8 sequences: UTF-8 text with a
    /// stray byte, which a legacy code page would "decode" into mojibake; null when no UTF-8 beyond ASCII is seen.
    /// </summary>
    private static int? StrayByteInUtf8(byte[] bytes)
    {
        int? firstInvalid = null;
        int multiByte = 0, invalid = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                firstInvalid ??= i;
                invalid++;
            }
            else if (consumed > 1)
            {
                multiByte++;
            }
            i += Math.Max(consumed, 1);
        }
        // Legacy double-byte text (GB18030, Shift-JIS) holds a few byte pairs that happen to be valid UTF-8 among many
        // that are not; UTF-8 text with stray bytes holds more valid sequences than invalid ones.
        return invalid > 0 && multiByte >= invalid ? firstInvalid : null;
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

    private static string TooLarge(long? size, long maxBytes) => size is { } known
        ? string.Create(CultureInfo.InvariantCulture, $"too large ({known:N0} bytes; the limit is {maxBytes:N0})")
        : string.Create(CultureInfo.InvariantCulture, $"too large (more than {maxBytes:N0} bytes read, the limit)");

    private static string FolderProblem(string path)
    {
        if (FileStatus.Of(path, followLinks: false).Kind == FileKind.SymbolicLink)
            return "is a link to a folder (links to folders inside a folder are not followed)";
        return CanList(path) ? "is a folder, not a file" : "cannot read folder (permission denied)";
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
