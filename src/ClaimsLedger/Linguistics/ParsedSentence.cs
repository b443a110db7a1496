namespace ClaimsLedger.Linguistics;

/// <summary>A sentence with its words, tags, lemmas and dependency tree. Navigation helpers are in <see cref="TreeNavigation"/>.</summary>
public sealed class ParsedSentence
{
    private readonly int[][] children;

    public ParsedSentence(string text, IReadOnlyList<SentenceToken> tokens)
    {
        Text = text;
        Tokens = tokens;
        var lists = new List<int>[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            lists[i] = [];
        foreach (var t in tokens)
        {
            if (t.Head >= 0)
                lists[t.Head].Add(t.Index);
        }
        children = [.. lists.Select(l => l.ToArray())];
        Root = tokens.FirstOrDefault(t => t.IsRoot)?.Index ?? -1;
    }

    public string Text { get; }
    public IReadOnlyList<SentenceToken> Tokens { get; }

    /// <summary>The index of the root word, -1 for an empty sentence.</summary>
    public int Root { get; }

    public SentenceToken this[int index] => Tokens[index];

    /// <summary>The dependents of a word, left to right.</summary>
    public IReadOnlyList<int> Children(int index) => children[index];

    /// <summary>The text from the start of one word to the end of another.</summary>
    public string Span(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>The index of the word whose span holds the offset, or -1.</summary>
    public int TokenAt(int offset)
    {
        foreach (var t in Tokens)
        {
            if (offset >= t.Start && offset < t.End)
                return t.Index;
        }
        return -1;
    }
}
