using System.Text;
using UtfUnknown;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Decodes bytes that are not UTF-8 only when their encoding is clear: the charset detector (UTF.Unknown, a port of
/// Mozilla's and uchardet's statistical detectors) names it with confidence and the bytes decode under it without a
/// single invalid sequence (GB18030, EUC-KR, Shift-JIS, KOI8-R, Windows-1251, Big5 ...); Western text is taken as
/// Windows-1252/Latin-1 when its few non-ASCII bytes decode to letters and common punctuation. Anything less clear is
/// refused: a wrong guess would store mojibake with offsets that look right.
/// </summary>
internal static class LegacyEncodingDetector
{
    /// <summary>Below this the detector is guessing (a stray byte in ASCII text is "windows-1250, 0.82" but a KOI8-R paragraph 0.77).</summary>
    private const float MinConfidence = 0.7f;

    private static readonly Encoding Windows1252 = Strict(1252);

    /// <summary>Code pages of encodings detected by statistics rather than taken as Latin: CJK and Cyrillic.</summary>
    private static readonly HashSet<int> StatisticalCodePages = [54936, 936, 51949, 949, 932, 20932, 51932, 950, 20866, 21866, 1251, 866, 28595, 10007];

    private static Encoding Strict(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // the code pages ship with .NET but are not registered
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static (string Text, string EncodingName)? Decode(byte[] bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.Encoding is { } encoding && StatisticalCodePages.Contains(encoding.CodePage))
        {
            if (detected.Confidence < MinConfidence)
                return null;
            var codePage = encoding.CodePage == 936 ? 54936 : encoding.CodePage; // GB2312 text is GB18030 text
            return TryDecode(Strict(codePage), bytes) is { } text ? (text, Name(codePage, detected.EncodingName)) : null;
        }
        if (LooksLikeWindows1252(bytes) && TryDecode(Windows1252, bytes) is { } western && MostlyWesternText(western))
            return (western, "Windows-1252 (Latin-1)");
        return null;
    }

    private static string Name(int codePage, string detectedName) => codePage switch
    {
        54936 => "GB18030",
        51949 or 949 => "EUC-KR",
        932 => "Shift-JIS",
        20866 => "KOI8-R",
        _ => detectedName.ToUpperInvariant(),
    };

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
