using System.Globalization;
using System.Text;

namespace ClaimsLedger.Model;

/// <summary>
/// Text from files and documents made safe to print on one line of a terminal: control characters (newlines, tabs,
/// escape sequences, C1 controls) and the bidirectional overrides that reorder what is shown become visible escapes
/// ("\n", "\x1b", "\u202e"), so a file name cannot forge report lines and a document cannot set the terminal's title or
/// clear its screen. Text with none of them is returned as it is.
/// </summary>
public static class DisplayText
{
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAny(Unsafe))
            return text ?? "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!Unsafe.Contains(c))
                escaped.Append(c);
            else
                escaped.Append(c switch
                {
                    '\n' => @"\n",
                    '\r' => @"\r",
                    '\t' => @"\t",
                    < '\u0080' => string.Create(CultureInfo.InvariantCulture, $@"\x{(int)c:x2}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $@"\u{(int)c:x4}"),
                });
        }
        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), '\u007f', .. Enumerable.Range(0x80, 0x20).Select(i => (char)i),
         '\u2028', '\u2029', '\u200e', '\u200f', .. Enumerable.Range(0x202a, 5).Select(i => (char)i), .. Enumerable.Range(0x2066, 4).Select(i => (char)i)]);
}
