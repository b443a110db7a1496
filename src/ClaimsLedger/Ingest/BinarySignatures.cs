namespace ClaimsLedger.Ingest;

/// <summary>Magic numbers of the binary formats most often dropped into a folder of transcripts by mistake.</summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string Kind)[] Known =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("RIFF"u8.ToArray(), "RIFF media (WebP, WAV, AVI)"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "zip archive (or docx/xlsx)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document"),
        ("SQLite format 3\0"u8.ToArray(), "SQLite database"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF executable"),
    ];

    /// <summary>
    /// "MZ" also starts ordinary text ("MZ Wallace said ..."), so it names a Windows executable only when a NUL byte
    /// follows in the 64-byte DOS header, as in every real one.
    /// </summary>
    private const int DosHeaderBytes = 64;

    public static string? Identify(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, kind) in Known)
        {
            if (head.StartsWith(magic))
                return kind;
        }
        return head.StartsWith("MZ"u8) && head[..Math.Min(head.Length, DosHeaderBytes)].Contains((byte)0) ? "Windows executable" : null;
    }
}
