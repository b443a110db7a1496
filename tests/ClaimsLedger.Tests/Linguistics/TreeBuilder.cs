using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Tests.Linguistics;

/// <summary>Builds a parsed sentence from hand-written rows "word UPOS head deprel" (heads 1-based, 0 for the root, as in CoNLL-U); lemmas are lower-cased words.</summary>
internal static class TreeBuilder
{
    public static ParsedSentence Build(params string[] rows)
    {
        var tokens = new List<SentenceToken>();
        var text = "";
        foreach (var row in rows)
        {
            var parts = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (text.Length > 0)
                text += " ";
            var start = text.Length;
            text += parts[0];
            tokens.Add(new SentenceToken(tokens.Count, parts[0], start, text.Length, parts[1], parts[0].ToLowerInvariant(),
                int.Parse(parts[2]) - 1, parts[3]));
        }
        return new ParsedSentence(text, tokens);
    }

    public static int Find(this ParsedSentence s, string word) => s.Tokens.First(t => t.Text == word).Index;
}
