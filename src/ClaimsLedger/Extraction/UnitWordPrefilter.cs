using Microsoft.Recognizers.Text.Matcher;
using Microsoft.Recognizers.Text.Utilities;

namespace ClaimsLedger.Extraction;

/// <summary>
/// A necessary condition for a Recognizers-Text number-with-unit model (currency, dimension) to find a unit in a
/// sentence, checked without running the model: the tokens of one of the model's unit words occur in the sentence's
/// tokens. When it fails the model cannot return a result with that unit, so it need not run.
/// </summary>
/// <remarks>
/// Why this never rejects a sentence the model would match. The model preprocesses the text as done here (full-width
/// characters recoded, lower case except a few byte units, which we fold too), then finds units two ways:
/// (1) a trie over <see cref="NumberWithUnitTokenizer"/> tokens, where a match is a run of sentence tokens equal to the
/// unit word's tokens; (2) a regex for a unit on its own, <c>(?&lt;=\s|^)unit(?=\s|\W|$)</c>, whose match starts a
/// token and, since the tokenizer splits the same characters the same way, covers the unit word's tokens exactly, except
/// that a '$' may follow the last one inside one sentence token (the tokenizer keeps "eur$" as one token), which is
/// accepted too. Whitespace between tokens is ignored and case is compared folded, which only accepts more.
/// </remarks>
public sealed class UnitWordPrefilter
{
    private static readonly NumberWithUnitTokenizer Tokenizer = new();

    /// <summary>Each unit word as its tokens, listed under its first token.</summary>
    private readonly Dictionary<string, List<string[]>> wordsByFirstToken = new(StringComparer.Ordinal);

    /// <param name="unitWords">The model's unit words (each entry may hold several separated by '|').</param>
    public UnitWordPrefilter(IEnumerable<string> unitWords)
    {
        foreach (var word in unitWords.SelectMany(w => w.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var tokens = Tokenize(ModelText(word));
            if (tokens.Length > 0)
            {
                (wordsByFirstToken.TryGetValue(tokens[0], out var list) ? list : wordsByFirstToken[tokens[0]] = []).Add(tokens);
            }
        }
    }

    /// <summary>False only when no unit word can occur anywhere in the sentence.</summary>
    public bool MayMatch(string sentence) => MayMatch(Tokenize(ModelText(sentence)));

    /// <summary>The models' own preprocessing (recode full-width forms, lower case), fully lower-cased.</summary>
    public static string ModelText(string text) => QueryProcessor.Preprocess(text, caseSensitive: false, recode: true);

    /// <summary>The <see cref="ModelText"/> of a sentence in tokens: computed once, checked against several prefilters.</summary>
    public static string[] Tokenize(string modelText) => Tokenizer.Tokenize(modelText).Select(t => t.Text).ToArray();

    /// <summary>As <see cref="MayMatch(string)"/>, on the sentence's <see cref="Tokenize"/> tokens.</summary>
    public bool MayMatch(string[] query)
    {
        for (var i = 0; i < query.Length; i++)
        {
            if (StartsAt(query, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Does a unit word start at query token <paramref name="i"/>? Looked up by the whole token and by each part before a '$'.</summary>
    private bool StartsAt(string[] query, int i)
    {
        var token = query[i];
        if (wordsByFirstToken.TryGetValue(token, out var words) && words.Exists(w => Matches(w, query, i)))
        {
            return true;
        }

        for (var dollar = token.IndexOf('$', 1); dollar > 0; dollar = dollar + 1 < token.Length ? token.IndexOf('$', dollar + 1) : -1)
        {
            if (wordsByFirstToken.TryGetValue(token[..dollar], out words) && words.Exists(w => Matches(w, query, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word's tokens equal the query's from <paramref name="start"/>, except that the last may be followed by '$'
    /// inside the query token (a unit on its own before a '$').
    /// </summary>
    private static bool Matches(string[] word, string[] query, int start)
    {
        if (start + word.Length > query.Length)
        {
            return false;
        }

        for (var j = 0; j < word.Length - 1; j++)
        {
            if (!string.Equals(word[j], query[start + j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        var last = word[^1];
        var candidate = query[start + word.Length - 1];
        return string.Equals(last, candidate, StringComparison.Ordinal)
            || (candidate.Length > last.Length && candidate.StartsWith(last, StringComparison.Ordinal) && candidate[last.Length] == '$');
    }
}
