using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>Small helpers for looking at the words around a span of a sentence.</summary>
internal static partial class TextWindow
{
    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'’\-]*|[,;:()""“”.!?]")]
    private static partial Regex TokenPattern();

    /// <summary>Tokens (words and punctuation) of text, lower-cased, with their offsets.</summary>
    public static List<(string Word, int Start, int End)> Tokens(string text, int from, int to)
    {
        var list = new List<(string, int, int)>();
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        foreach (Match m in TokenPattern().Matches(text.Substring(from, to - from)))
        {
            list.Add((m.Value.ToLowerInvariant().Replace('’', '\''), from + m.Index, from + m.Index + m.Length));
        }

        return list;
    }

    /// <summary>Start of the clause holding position: after the last , ; : ( before it, or the sentence start.</summary>
    public static int ClauseStart(string text, int position)
    {
        var depth = 0;
        for (var i = position - 1; i >= 0; i--)
        {
            if (text[i] == ')')
            {
                depth++;
            }
            else if (text[i] == '(' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && (text[i] is ',' or ';' or ':' or '(' or '—' or '–' && !IsDigitSeparator(text, i) || text[i] == '-' && i > 0 && (text[i - 1] == '-' || text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>End of the clause holding position: before the next , ; : ) . or the sentence end.</summary>
    public static int ClauseEnd(string text, int position)
    {
        for (var i = position; i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or ':' or ')' or '?' or '!' && !IsDigitSeparator(text, i))
            {
                return i;
            }

            if (text[i] == '.' && (i + 1 >= text.Length || !char.IsDigit(text[i + 1])))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool IsDigitSeparator(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}
