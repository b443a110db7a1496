namespace ClaimsLedger.Segmentation;

/// <summary>Character classes shared by the segmentation readers.</summary>
internal static class TextChars
{
    /// <summary>Whitespace for trimming: Unicode white space plus zero-width space and byte-order mark.</summary>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    public static bool IsClosingMark(char c) =>
        c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    public static bool IsOpeningMark(char c) =>
        c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';

    public static bool IsSentenceEnd(char c) =>
        c is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>Can a sentence start with this character: an uppercase or uncased letter, a digit, an opening quote.</summary>
    public static bool IsSentenceOpener(char c) =>
        char.IsDigit(c) || IsOpeningMark(c) || (char.IsLetter(c) && !char.IsLower(c));

    public static int SkipBlankForward(string text, int i, int end)
    {
        while (i < end && IsBlank(text[i]))
        {
            i++;
        }
        return i;
    }

    public static int SkipBlankBackward(string text, int start, int end)
    {
        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsBlank(s[a]))
        {
            a++;
        }
        while (b > a && IsBlank(s[b - 1]))
        {
            b--;
        }
        return s[a..b];
    }
}
