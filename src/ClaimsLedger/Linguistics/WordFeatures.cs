namespace ClaimsLedger.Linguistics;

/// <summary>The hashes of one word that features are built from, computed once per sentence.</summary>
public struct WordFeatures
{
    public ulong Form;
    public ulong Lower;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public ulong Prefix1, Prefix2, Prefix3;
    public ulong Shape;
    public ulong Flags;

    /// <summary>Hash of the absent word before the first or after the last one.</summary>
    public static readonly WordFeatures Edge = Of("<edge>");

    public static WordFeatures Of(ReadOnlySpan<char> word)
    {
        var f = new WordFeatures
        {
            Form = FeatureHash.Of(word),
            Lower = FeatureHash.Of(word, lower: true),
            Suffix1 = Affix(word, word.Length - 1, 1),
            Suffix2 = Affix(word, word.Length - 2, 2),
            Suffix3 = Affix(word, word.Length - 3, 3),
            Suffix4 = Affix(word, word.Length - 4, 4),
            Prefix1 = Affix(word, 0, 1),
            Prefix2 = Affix(word, 0, 2),
            Prefix3 = Affix(word, 0, 3),
            Shape = ShapeOf(word),
            Flags = FeatureHash.Of(FlagsOf(word)),
        };
        return f;
    }

    private static ulong Affix(ReadOnlySpan<char> word, int start, int length) =>
        start < 0 || start + length > word.Length ? FeatureHash.Of(word, lower: true) : FeatureHash.Of(word.Slice(start, length), lower: true);

    /// <summary>Hash of the word's shape: X for upper, x for lower, d for digit, other characters as they are; runs longer than two are cut to two.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> word)
    {
        unchecked
        {
            var h = 14695981039346656037UL;
            char previous = '\0';
            var run = 0;
            foreach (var c in word)
            {
                var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                run = s == previous ? run + 1 : 1;
                previous = s;
                if (run > 2)
                    continue;
                h ^= s;
                h *= 1099511628211UL;
            }
            return h;
        }
    }

    private static int FlagsOf(ReadOnlySpan<char> word)
    {
        int digit = 0, hyphen = 0, upper = 0, lower = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c)) digit = 1;
            else if (c == '-') hyphen = 1;
            else if (char.IsUpper(c)) upper = 1;
            else if (char.IsLower(c)) lower = 1;
        }
        var title = word.Length > 0 && char.IsUpper(word[0]) ? 1 : 0;
        return digit | hyphen << 1 | upper << 2 | lower << 3 | title << 4;
    }
}
