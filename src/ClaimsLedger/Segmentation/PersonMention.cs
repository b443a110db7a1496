namespace ClaimsLedger.Segmentation;

/// <summary>
/// A person the document names at <paramref name="Position"/>: <paramref name="Display"/> is the speaker text to give
/// (the name without titles, or a turn label as written), <paramref name="NameWords"/> the name's words in lower case
/// ("li", "xiaodong"), <paramref name="Titles"/> the title words written before the name, in lower case ("director").
/// <paramref name="IsLabel"/> is true when the mention is a speaker-turn label.
/// </summary>
internal sealed record PersonMention(int Position, string Display, string[] NameWords, string[] Titles, bool IsLabel)
{
    /// <summary>A full name: two or three name words.</summary>
    public bool IsFullName => NameWords.Length is 2 or 3;

    /// <summary>Is the word (any case) this person's first or last name word ("Li" of "Li Xiaodong", "Smith" of "Jane Smith")?</summary>
    public bool HasEndWord(string word) =>
        NameWords.Length > 0
        && (string.Equals(NameWords[0], word, StringComparison.OrdinalIgnoreCase)
            || string.Equals(NameWords[^1], word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Do two mentions name the same person: the same words, or one a single end word of the other ("Biden", "Joe Biden")?</summary>
    public bool SamePersonAs(PersonMention other) =>
        NameWords.AsSpan().SequenceEqual(other.NameWords)
        || NameWords.Length == 1 && other.HasEndWord(NameWords[0])
        || other.NameWords.Length == 1 && HasEndWord(other.NameWords[0]);
}
