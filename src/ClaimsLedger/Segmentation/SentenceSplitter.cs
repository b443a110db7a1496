namespace ClaimsLedger.Segmentation;

/// <summary>
/// Splits a run of prose into sentences: after . ! ? (and closing quotes) followed by white space and an uppercase
/// letter, digit or opening quote; never after a known abbreviation or an initial. Semicolons do not split.
/// Sentences longer than <see cref="MaxSentenceLength"/> are cut at a space so no input can produce unbounded sentences.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxSentenceLength = 2000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "U.N", "U.S", "U.K", "U.S.A", "E.U", "a.m", "p.m", "A.M", "P.M", "e.g", "i.e", "etc", "vs", "Vs",
        "Inc", "Co", "Corp", "Ltd", "Dept", "Fig", "Vol", "approx", "est",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sentences of the whole text (convenience for tests and callers with plain prose).</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var spans = new List<SentenceSpan>();
        Split(text, 0, text.Length, spans);
        return spans;
    }

    /// <summary>Appends the sentences of text[start..end) to <paramref name="output"/>, trimmed, never empty.</summary>
    public static void Split(string text, int start, int end, List<SentenceSpan> output)
    {
        int sentenceStart = TextChars.SkipBlankForward(text, start, end);
        int i = sentenceStart;
        while (i < end)
        {
            if (i - sentenceStart >= MaxSentenceLength)
            {
                int cut = ForcedCut(text, sentenceStart, i);
                Emit(text, sentenceStart, cut, output);
                sentenceStart = TextChars.SkipBlankForward(text, cut, end);
                i = Math.Max(i, sentenceStart);
                continue;
            }

            char c = text[i];
            if (!TextChars.IsSentenceEnd(c))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < end && TextChars.IsSentenceEnd(text[j]))
            {
                j++;
            }
            bool singlePeriod = c == '.' && j == i + 1;
            while (j < end && TextChars.IsClosingMark(text[j]))
            {
                j++;
            }

            if (j < end && TextChars.IsBlank(text[j]))
            {
                int next = TextChars.SkipBlankForward(text, j, end);
                if (next < end && TextChars.IsSentenceOpener(text[next])
                    && !(singlePeriod && IsAbbreviationBefore(text, sentenceStart, i)))
                {
                    Emit(text, sentenceStart, j, output);
                    sentenceStart = next;
                    i = next;
                    continue;
                }
            }
            i = j;
        }
        Emit(text, sentenceStart, end, output);
    }

    /// <summary>Where to cut an overlong sentence: the last space in its second half, else at <paramref name="limit"/>.</summary>
    private static int ForcedCut(string text, int sentenceStart, int limit)
    {
        int floor = sentenceStart + MaxSentenceLength / 2;
        for (int k = limit - 1; k > floor; k--)
        {
            if (TextChars.IsBlank(text[k]))
            {
                return k;
            }
        }
        return char.IsLowSurrogate(text[limit]) ? limit + 1 : limit;
    }

    /// <summary>Is the period at <paramref name="dot"/> the end of an abbreviation ("Mr.", "U.S.", "a.m.") or an initial ("J.")?</summary>
    private static bool IsAbbreviationBefore(string text, int sentenceStart, int dot)
    {
        int k = dot;
        while (k > sentenceStart && dot - k < 12 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.'))
        {
            k--;
        }
        if (k > sentenceStart && !TextChars.IsBlank(text[k - 1]) && !TextChars.IsOpeningMark(text[k - 1]))
        {
            return false;
        }
        var token = text.AsSpan(k, dot - k);
        if (token.Length == 0)
        {
            return false;
        }
        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return true;
        }
        return AbbreviationLookup.Contains(token);
    }

    private static void Emit(string text, int start, int end, List<SentenceSpan> output)
    {
        start = TextChars.SkipBlankForward(text, start, end);
        end = TextChars.SkipBlankBackward(text, start, end);
        if (end > start)
        {
            output.Add(new SentenceSpan(start, end));
        }
    }
}
