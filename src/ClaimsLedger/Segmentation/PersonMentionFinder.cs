namespace ClaimsLedger.Segmentation;

/// <summary>
/// Finds where prose introduces a person: a title before a name ("Minister Lena Marsh", "Ms. Ada Kim", "Premier Tomas
/// Varga") or a name followed by a comma and a description ("Li Wenjun, director of the port authority, ..."; "Ada
/// Kim, a pump engineer"). Names are two or three name words; a title before a single word ("President Marsh") is
/// kept too, only so that a title-only label ("THE PRESIDENT:") can see that more than one person holds the title.
/// </summary>
internal static class PersonMentionFinder
{
    private const int MaxRunWords = 8;

    public static void Find(string text, List<PersonMention> found)
    {
        var run = new List<(int Start, int End)>(MaxRunWords);
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            var word = text.AsSpan(start, i - start);
            bool continues = run.Count > 0 && IsSpaceOnly(text, run[^1].End, start) && !EndsRun(text, run[^1]);
            if (!continues)
            {
                Close(text, run, found);
                run.Clear();
            }
            if (PersonNameRules.IsCapitalised(word) && run.Count < MaxRunWords)
            {
                run.Add((start, i));
            }
            else
            {
                Close(text, run, found);
                run.Clear();
            }
        }
        Close(text, run, found);
    }

    private static void Close(string text, List<(int Start, int End)> run, List<PersonMention> found)
    {
        if (run.Count == 0)
        {
            return;
        }
        int nameStart = run.Count;
        while (nameStart > 0 && !PersonNameRules.IsLeadingWord(Word(text, run[nameStart - 1])))
        {
            nameStart--;
        }
        int nameWords = run.Count - nameStart;
        if (nameWords is 0 or > 3 || nameStart > 0 && Word(text, run[nameStart - 1]).Equals("The", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var words = new string[nameWords];
        for (int k = 0; k < nameWords; k++)
        {
            var word = Word(text, run[nameStart + k]);
            if (k == nameWords - 1)
            {
                word = WithoutPossessive(word);
            }
            if (!PersonNameRules.IsNameWord(word))
            {
                return;
            }
            words[k] = word.ToString().ToLowerInvariant();
        }
        var titles = new List<string>();
        for (int k = nameStart - 1; k >= 0 && PersonNameRules.IsTitleWord(Word(text, run[k])); k--)
        {
            titles.Insert(0, Word(text, run[k]).ToString().ToLowerInvariant());
        }
        int position = run[nameStart].Start;
        bool described = nameWords >= 2 && IsFollowedByDescription(text, run[^1].End);
        if (titles.Count > 0 || described)
        {
            var display = string.Join(' ', Enumerable.Range(nameStart, nameWords).Select(k => WithoutPossessive(Word(text, run[k])).ToString()));
            found.Add(new PersonMention(position, display, words, [.. titles], IsLabel: false));
        }
    }

    /// <summary>", director of", ", a pump engineer", ", Deputy Minister of": a comma, then a lowercase word or a title.</summary>
    private static bool IsFollowedByDescription(string text, int end)
    {
        if (end >= text.Length || text[end] != ',')
        {
            return false;
        }
        int at = end + 1;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        int wordEnd = at;
        while (wordEnd < text.Length && IsWordChar(text[wordEnd]))
        {
            wordEnd++;
        }
        if (wordEnd == at)
        {
            return false;
        }
        var next = text.AsSpan(at, wordEnd - at);
        return char.IsLower(next[0]) || PersonNameRules.IsTitleWord(next);
    }

    /// <summary>The word without a trailing period (kept for abbreviations only when they are titles: "Ms.").</summary>
    private static ReadOnlySpan<char> Word(string text, (int Start, int End) span) => text.AsSpan(span.Start, span.End - span.Start).TrimEnd('.');

    /// <summary>A word ending in a period ends the run unless it is a title or leading abbreviation ("Mr.", "Dr.").</summary>
    private static bool EndsRun(string text, (int Start, int End) span) =>
        text[span.End - 1] == '.' && !PersonNameRules.IsLeadingWord(text.AsSpan(span.Start, span.End - span.Start));

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsSpaceOnly(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }
        for (int k = from; k < to; k++)
        {
            if (text[k] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.';
}
