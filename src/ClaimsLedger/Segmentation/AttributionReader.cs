namespace ClaimsLedger.Segmentation;

/// <summary>
/// Finds narrated attributions in prose -- "Carrie Lam said ...", "Chinese President Xi Jinping has stressed ...",
/// "\"Xi Jinping pointed out that ...", "according to Wang Wenbin, ..." -- where the speaker is a personal name of two or
/// three capitalised words. Conservative by design: organisations, places, pronouns, lists of names ("A and B said")
/// and appositives ("Li Xi, secretary of ..., said") give nothing, because a wrong speaker is worse than none.
/// </summary>
public static partial class AttributionReader
{
    private static readonly IReadOnlyList<string> Verbs = SayingVerbs.All;

    /// <summary>Words allowed between the name and the verb ("has stressed", "also said").</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "also", "further", "then", "again", "later", "repeatedly", "once", "earlier", "previously",
        "first", "clearly", "specifically", "particularly",
    };

    /// <summary>Lowercase words that, right before a capitalised run, show it is the tail of a longer name or a list.</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "&", "de", "or", "nor",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbLookup =
        Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup =
        Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxRunWords = 8;

    public static IReadOnlyList<Attribution> Find(string text) => Find(text, 0, text.Length);

    /// <summary>Attributions in text[start..end), ordered by position (the offset of the name, or of "according to").</summary>
    /// <param name="people">The people the document introduced: a surname alone ("Marsh said", "said Ms. Marsh") gives
    /// the one full name it introduced earlier with that surname. Without it, a single word gives nothing.</param>
    public static IReadOnlyList<Attribution> Find(string text, int start, int end, PersonDirectory? people = null)
    {
        var found = new List<Attribution>();
        var span = text.AsSpan(start, end - start);
        foreach (var verb in Verbs)
        {
            int from = 0;
            while (from < span.Length)
            {
                int hit = span[from..].IndexOf(verb, StringComparison.Ordinal);
                if (hit < 0)
                {
                    break;
                }
                int verbAt = start + from + hit;
                from += hit + verb.Length;
                if (IsWordBoundaryAfter(text, verbAt + verb.Length, end) && verbAt > start && TextChars.IsBlank(text[verbAt - 1]))
                {
                    var attribution = ReadNameBefore(text, start, verbAt - 1, people);
                    if (attribution is not null)
                    {
                        // '"...," Vestager said.': the speaker says the whole quotation before the name.
                        var closing = attribution.Position - 2;
                        found.Add(closing > start && text[closing + 1] == ' ' && text[closing] is '"' or '\u201D' && text[closing - 1] is ',' or '.' or '!' or '?'
                            ? attribution with { Position = QuoteOpening(text, start, closing) }
                            : attribution);
                    }
                }
            }
        }
        FindAccordingTo(text, start, end, found, people);
        FindSaidAfterQuote(text, start, end, found, people);
        FindAppositive(text, start, end, found);
        FindSignature(text, start, end, found);
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    private static void FindAccordingTo(string text, int start, int end, List<Attribution> found, PersonDirectory? people)
    {
        const string Phrase = "according to ";
        var span = text.AsSpan(start, end - start);
        int from = 0;
        while (from < span.Length)
        {
            int hit = span[from..].IndexOf(Phrase, StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
            {
                return;
            }
            int phraseAt = start + from + hit;
            from += hit + Phrase.Length;
            if (phraseAt > start && char.IsLetter(text[phraseAt - 1]))
            {
                continue;
            }
            var name = ReadNameAfter(text, phraseAt + Phrase.Length, end, people, phraseAt);
            if (name is not null)
            {
                found.Add(new Attribution(phraseAt, name));
            }
        }
    }

    /// <summary>"Margrethe Vestager, the European Commissioner in charge of competition, said that ...": a full name, an
    /// appositive in commas that starts lower case, then a verb of saying.</summary>
    private static void FindAppositive(string text, int start, int end, List<Attribution> found)
    {
        foreach (System.Text.RegularExpressions.Match m in AppositiveBeforeVerb().Matches(text[start..end]))
        {
            if (Verbs.Contains(m.Groups["verb"].Value))
                found.Add(new Attribution(start + m.Index, JoinWords(text, start + m.Groups["name"].Index, start + m.Groups["name"].Index + m.Groups["name"].Length)));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}.] )(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}), (?:the |a |an |who |\p{Ll})[^,;:""\u201C\u201D]{2,100}, (?:has |had |also )?(?<verb>\p{Ll}+)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AppositiveBeforeVerb();

    /// <summary>"... stop it — Margrethe Vestager (@vestager) July 18, 2018": a post signed by its author, who says all of it.</summary>
    private static void FindSignature(string text, int start, int end, List<Attribution> found)
    {
        var m = Signature().Match(text[start..end]);
        if (m.Success)
            found.Add(new Attribution(start, JoinWords(text, start + m.Groups["name"].Index, start + m.Groups["name"].Index + m.Groups["name"].Length)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\u2014\u2013] (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}) \(@\w+\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Signature();

    /// <summary>The inverted form after a quotation: "...," said Harbour Minister Lena Marsh.</summary>
    private static void FindSaidAfterQuote(string text, int start, int end, List<Attribution> found, PersonDirectory? people)
    {
        const string Phrase = " said ";
        int from = start;
        while (from < end)
        {
            int hit = text.IndexOf(Phrase, from, end - from, StringComparison.Ordinal);
            if (hit < 0)
            {
                return;
            }

            from = hit + Phrase.Length;
            int quote = hit - 1;
            if (quote > start && text[quote] is '"' or '\u201D' && text[quote - 1] is ',' or '.' or '!' or '?')
            {
                var name = ReadNameAfter(text, hit + Phrase.Length, end, people, hit);
                if (name is not null)
                {
                    found.Add(new Attribution(QuoteOpening(text, start, quote), name));
                }
            }
        }
    }

    /// <summary>Where the quotation closed at <paramref name="close"/> opens, in the same block: the speaker says all of it.</summary>
    private static int QuoteOpening(string text, int start, int close)
    {
        var open = text.LastIndexOfAny(['"', '\u201C'], close - 1, close - start);
        return open >= start ? open : close;
    }

    /// <summary>Reads the capitalised run ending at the blank at <paramref name="separator"/> (before the verb).</summary>
    private static Attribution? ReadNameBefore(string text, int start, int separator, PersonDirectory? people)
    {
        Span<(int Start, int End)> run = stackalloc (int, int)[MaxRunWords];
        int count = 0;
        int adverbs = 0;
        int cursor = separator;
        while (true)
        {
            if (cursor <= start || !TextChars.IsBlank(text[cursor]))
            {
                break;
            }
            int wordEnd = cursor;
            int wordStart = wordEnd;
            while (wordStart > start && IsWordChar(text[wordStart - 1]))
            {
                wordStart--;
            }
            if (wordStart == wordEnd)
            {
                break;
            }
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (count == 0 && adverbs < 2 && AdverbLookup.Contains(word))
            {
                adverbs++;
                cursor = wordStart - 1;
                continue;
            }
            if (word[^1] == '.' && !PersonNameRules.IsLeadingWord(word))
            {
                break; // the end of the previous sentence
            }
            if (!PersonNameRules.IsCapitalised(word))
            {
                if (ConnectorLookup.Contains(word))
                {
                    return null;
                }
                break;
            }
            if (count == MaxRunWords)
            {
                return null;
            }
            run[count++] = (wordStart, wordEnd);
            cursor = wordStart - 1;
        }
        // run holds the words last-to-first; the name is what follows the last title ("Harbour Minister | Lena Marsh").
        int first = 0;
        while (first < count && !PersonNameRules.IsLeadingWord(text.AsSpan(run[first].Start, run[first].End - run[first].Start)))
        {
            first++;
        }
        first--;
        int nameWords = first + 1;
        if (nameWords == 1 && people is not null)
        {
            var surname = text.AsSpan(run[0].Start, run[0].End - run[0].Start);
            return people.ResolveSurname(surname, run[0].Start) is { } fullName ? new Attribution(run[0].Start, fullName) : null;
        }
        if (nameWords is < 2 or > 3)
        {
            return null;
        }
        for (int k = 0; k <= first; k++)
        {
            if (!PersonNameRules.IsNameWord(text.AsSpan(run[k].Start, run[k].End - run[k].Start)))
            {
                return null;
            }
        }
        int nameStart = run[first].Start;
        return new Attribution(nameStart, JoinWords(text, nameStart, run[0].End));
    }

    /// <summary>Reads "[titles] Name Name[ Name]" starting at <paramref name="at"/>, ending at punctuation or a lowercase word.</summary>
    private static string? ReadNameAfter(string text, int at, int end, PersonDirectory? people, int position)
    {
        Span<(int Start, int End)> run = stackalloc (int, int)[MaxRunWords];
        int count = 0;
        int cursor = at;
        while (cursor < end && count < MaxRunWords)
        {
            int wordEnd = cursor;
            while (wordEnd < end && IsWordChar(text[wordEnd]))
            {
                wordEnd++;
            }
            var word = text.AsSpan(cursor, wordEnd - cursor).TrimEnd('.');
            if (word.Length == 0 || !PersonNameRules.IsCapitalised(word))
            {
                if (count > 0 && ConnectorLookup.Contains(word))
                {
                    return null;
                }
                break;
            }
            run[count++] = (cursor, cursor + word.Length);
            bool abbreviation = word.Length != wordEnd - cursor;
            if (wordEnd >= end || text[wordEnd] != ' ' || abbreviation && !PersonNameRules.IsTitleWord(word))
            {
                break;
            }
            cursor = wordEnd + 1;
        }
        if (count == MaxRunWords)
        {
            return null;
        }
        int first = count;
        while (first > 0 && !PersonNameRules.IsLeadingWord(text.AsSpan(run[first - 1].Start, run[first - 1].End - run[first - 1].Start)))
        {
            first--;
        }
        int nameWords = count - first;
        if (nameWords == 1 && people is not null)
        {
            return people.ResolveSurname(text.AsSpan(run[first].Start, run[first].End - run[first].Start), position);
        }
        if (nameWords is < 2 or > 3)
        {
            return null;
        }
        for (int k = first; k < count; k++)
        {
            if (!PersonNameRules.IsNameWord(text.AsSpan(run[k].Start, run[k].End - run[k].Start)))
            {
                return null;
            }
        }
        return JoinWords(text, run[first].Start, run[count - 1].End);
    }

    private static string JoinWords(string text, int start, int end) =>
        string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.';

    private static bool IsWordBoundaryAfter(string text, int at, int end) => at >= end || !char.IsLetterOrDigit(text[at]);
}
