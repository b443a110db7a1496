using System.Text;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Decodes bytes that are not UTF-8 only when they are clearly GB18030 (valid GB18030 decoding to mostly CJK text) or
/// Windows-1252/Latin-1 (no bytes undefined in 1252, few non-ASCII bytes, decoding to letters and common punctuation).
/// Anything less clear is refused: a wrong guess would store mojibake with offsets that look right.
/// </summary>
internal static class LegacyEncodingDetector
{
    private static readonly Encoding Gb18030 = Strict("GB18030");
    private static readonly Encoding Windows1252 = Strict("windows-1252");

    private static Encoding Strict(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // the code pages ship with .NET but are not registered
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static (string Text, string EncodingName)? Decode(byte[] bytes)
    {
        if (TryDecode(Gb18030, bytes) is { } chinese && MostlyCjk(chinese))
            return (chinese, "GB18030");
        if (LooksLikeWindows1252(bytes) && TryDecode(Windows1252, bytes) is { } western && MostlyWesternText(western))
            return (western, "Windows-1252 (Latin-1)");
        return null;
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool MostlyCjk(string text)
    {
        int nonAscii = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
                continue;
            nonAscii++;
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u3400' and <= '\u4DBF')
                cjk++;
        }
        return nonAscii > 0 && cjk >= nonAscii * 0.9;
    }

    private static bool LooksLikeWindows1252(byte[] bytes)
    {
        var nonAscii = 0;
        foreach (var b in bytes)
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
                return false; // undefined in Windows-1252
            if (b >= 0x80)
                nonAscii++;
        }
        return nonAscii > 0 && nonAscii <= bytes.Length / 10;
    }

    private static bool MostlyWesternText(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && !char.IsLetter(c) && !char.IsPunctuation(c) && !char.IsSymbol(c) && !char.IsWhiteSpace(c) && !char.IsDigit(c))
                return false;
        }
        return true;
    }
}
