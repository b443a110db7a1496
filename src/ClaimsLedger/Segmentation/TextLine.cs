namespace ClaimsLedger.Segmentation;

/// <summary>One line of a text, by the span of its content with surrounding white space trimmed (empty when blank).</summary>
internal readonly record struct TextLine(int Start, int End)
{
    public bool IsBlank => End == Start;

    public int Length => End - Start;

    /// <summary>Lines of the text split on '\n' ('\r' and other white space are trimmed away).</summary>
    public static List<TextLine> Scan(string text)
    {
        var lines = new List<TextLine>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            int start = TextChars.SkipBlankForward(text, lineStart, lineEnd);
            int end = TextChars.SkipBlankBackward(text, start, lineEnd);
            lines.Add(new TextLine(start, end));
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        return lines;
    }
}
