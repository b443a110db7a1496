using System.IO.Compression;
using System.Text;

namespace ClaimsLedger.Tests.Support;

/// <summary>The contents of files that end up in a folder of transcripts by mistake, or in an encoding other than UTF-8.</summary>
public static class AwkwardFiles
{
    static AwkwardFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A PNG signature and the start of its header chunk.</summary>
    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    /// <summary>A real zip archive holding one transcript (what a .docx or a zipped folder looks like).</summary>
    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("transcript.txt").Open());
            entry.Write("We built 120 bridges.\n");
        }
        return buffer.ToArray();
    }

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Windows1252(string text) => Encoding.GetEncoding(1252).GetBytes(text);

    public static byte[] Gb18030(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    public static byte[] Utf16WithByteOrderMark(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    /// <summary>High bytes in no pattern any encoding explains: neither UTF-8, nor clearly Windows-1252 or GB18030.</summary>
    public static byte[] InvalidBytes(int count = 400) => Enumerable.Range(0, count).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray();

    /// <summary>Writes at least <paramref name="megabytes"/> MiB of ASCII prose with no line break (and no sentence end) at all.</summary>
    public static void WriteOneEndlessLine(string path, int megabytes)
    {
        var chunk = string.Concat(Enumerable.Repeat("we built 120 bridges and ", 400));
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        for (var written = 0L; written < megabytes * 1024L * 1024; written += chunk.Length)
            writer.Write(chunk);
    }
}
