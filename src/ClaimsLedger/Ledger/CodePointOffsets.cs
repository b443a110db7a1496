namespace ClaimsLedger.Ledger;

/// <summary>
/// UTF-16 offsets into one text turned into Unicode code point offsets (what SQLite's substr and Python's slicing
/// count): each surrogate pair before the offset is one code point, not two. A text with no character outside the
/// BMP (almost every one) maps each offset to itself without allocating.
/// </summary>
public sealed class CodePointOffsets
{
    // UTF-16 index of the high surrogate of every pair in the text, ascending; null when there is none.
    private readonly int[]? pairs;

    public CodePointOffsets(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') < 0)
            return;
        var found = new List<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
                found.Add(i++);
        }
        pairs = found.Count == 0 ? null : [.. found];
    }

    /// <summary>The code point offset of UTF-16 offset <paramref name="utf16"/> (an offset inside a pair counts the pair as before it).</summary>
    public int Of(int utf16)
    {
        if (pairs is null)
            return utf16;
        // Pairs starting before utf16 - 1 lie wholly before it; one starting at utf16 - 1 is split and counts too.
        var index = Array.BinarySearch(pairs, utf16);
        var before = index >= 0 ? index : ~index;
        return utf16 - before;
    }
}
