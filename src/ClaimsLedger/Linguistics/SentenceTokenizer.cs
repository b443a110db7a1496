namespace ClaimsLedger.Linguistics;

/// <summary>
/// Splits one sentence into words the way UD English EWT does: punctuation, brackets, quotes and currency symbols apart;
/// clitics apart ("Apple's" = Apple + 's, "don't" = do + n't); hyphenated words apart unless the treebank keeps the
/// prefix (e-mail); a number apart from its unit ("4.34bn", "CNY15"); numbers with commas or decimals, abbreviations
/// (U.S., Mr.) and dates kept whole. Offsets are UTF-16 positions in the sentence.
/// </summary>
public sealed class SentenceTokenizer(TokenizerRules rules)
{
    private static readonly string[] Clitics = ["n't", "'s", "'m", "'d", "'re", "'ve", "'ll", "'"];

    public List<Range> Tokenize(string text)
    {
        var tokens = new List<Range>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            Chunk(text, start, i, tokens);
        }
        return tokens;
    }

    private void Chunk(string t, int start, int end, List<Range> output)
    {
        while (end - start > 1 && IsOpening(t[start]) && !IsClitic(t, start, end))
        {
            output.Add(start..(start + 1));
            start++;
        }
        var trailing = new List<Range>();
        while (end - start > 1)
        {
            var c = t[end - 1];
            if (!IsClosing(c))
                break;
            var k = end - 1;
            while (k > start && t[k - 1] == c)
                k--;
            if (k == start)
                break;
            if (c == '.' && end - k == 1 && IsAbbreviation(t, start, end))
                break;
            trailing.Add(k..end);
            end = k;
        }
        Core(t, start, end, output);
        for (var r = trailing.Count - 1; r >= 0; r--)
            output.Add(trailing[r]);
    }

    private void Core(string t, int start, int end, List<Range> output)
    {
        if (rules.Splits.TryGetValue(t[start..end].ToLowerInvariant(), out var parts))
        {
            foreach (var length in parts)
            {
                output.Add(start..(start + length));
                start += length;
            }
            return;
        }
        foreach (var clitic in Clitics)
        {
            if (end - start > clitic.Length && EndsWith(t, end, clitic) && char.IsLetterOrDigit(t[end - clitic.Length - 1]) &&
                (clitic != "'" || t[end - 2] is 's' or 'S'))
            {
                Core(t, start, end - clitic.Length, output);
                output.Add((end - clitic.Length)..end);
                return;
            }
        }
        var piece = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (t[i] is '-' or '/' && char.IsLetter(t[i - 1]) && char.IsLetter(t[i + 1]) &&
                !(t[i] == '-' && piece == start && rules.HyphenPrefixes.Contains(t[start..i].ToLowerInvariant())))
            {
                Piece(t, piece, i, output);
                output.Add(i..(i + 1));
                piece = i + 1;
            }
        }
        Piece(t, piece, end, output);
    }

    /// <summary>Splits a number from a currency code or symbol before it and from a unit in letters after it ("55k", "4.34bn"; not "1990s", "2nd").</summary>
    private static void Piece(string t, int start, int end, List<Range> output)
    {
        var firstDigit = start;
        while (firstDigit < end && !char.IsDigit(t[firstDigit]))
            firstDigit++;
        if (firstDigit > start && firstDigit < end && IsNumber(t, firstDigit, end, out _) &&
            (IsCurrencyCode(t, start, firstDigit) || char.GetUnicodeCategory(t[firstDigit - 1]) == System.Globalization.UnicodeCategory.CurrencySymbol))
        {
            output.Add(start..firstDigit);
            start = firstDigit;
        }
        if (char.IsDigit(t[start]) && IsNumber(t, start, end, out var numberEnd) && numberEnd < end &&
            AllLetters(t, numberEnd, end) && !IsOrdinalOrPlural(t, numberEnd, end))
        {
            output.Add(start..numberEnd);
            output.Add(numberEnd..end);
            return;
        }
        output.Add(start..end);
    }

    /// <summary>Digits with commas and periods between them from start; numberEnd is where they stop.</summary>
    private static bool IsNumber(string t, int start, int end, out int numberEnd)
    {
        var i = start;
        while (i < end && (char.IsDigit(t[i]) || t[i] is ',' or '.' && i + 1 < end && char.IsDigit(t[i + 1]) && i > start))
            i++;
        numberEnd = i;
        return i > start;
    }

    private static bool IsCurrencyCode(string t, int start, int end)
    {
        var letters = end - start;
        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(t[i]) && !(i == end - 1 && char.GetUnicodeCategory(t[i]) == System.Globalization.UnicodeCategory.CurrencySymbol))
                return false;
        }
        return letters is >= 2 and <= 4;
    }

    private static bool AllLetters(string t, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(t[i]))
                return false;
        }
        return true;
    }

    private static bool IsOrdinalOrPlural(string t, int start, int end)
    {
        var suffix = t[start..end].ToLowerInvariant();
        return suffix is "st" or "nd" or "rd" or "th" or "s";
    }

    private bool IsAbbreviation(string t, int start, int end)
    {
        var word = t[start..end];
        if (rules.Abbreviations.Contains(word.ToLowerInvariant()))
            return true;
        if (end - start == 2 && char.IsUpper(t[start]))
            return true;
        return word.IndexOf('.') < end - start - 1 && word.All(c => char.IsLetter(c) || c == '.') && word.Length <= 8;
    }

    private static bool IsClitic(string t, int start, int end)
    {
        foreach (var clitic in Clitics)
        {
            if (clitic.Length > 1 && end - start == clitic.Length && EndsWith(t, end, clitic))
                return true;
        }
        return false;
    }

    private static bool EndsWith(string t, int end, string clitic)
    {
        for (var k = 0; k < clitic.Length; k++)
        {
            var c = t[end - clitic.Length + k];
            var expected = clitic[k];
            if (expected == '\'' ? c is not ('\'' or '’') : char.ToLowerInvariant(c) != expected)
                return false;
        }
        return true;
    }

    private static bool IsOpening(char c) =>
        c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '`' ||
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol;

    private static bool IsClosing(char c) =>
        c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or ',' or ';' or ':' or '!' or '?' or '%' or '.' or '…';
}
