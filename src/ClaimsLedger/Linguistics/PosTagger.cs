namespace ClaimsLedger.Linguistics;

/// <summary>A greedy left-to-right averaged-perceptron tagger of universal parts of speech.</summary>
public sealed class PosTagger(IReadOnlyList<string> tags, IScorer weights, TagDictionary dictionary)
{
    /// <summary>The "tag" before the first word.</summary>
    public const int Start = -1;

    public IReadOnlyList<string> Tags { get; } = tags;
    public IScorer Weights { get; } = weights;
    public TagDictionary Dictionary { get; } = dictionary;

    /// <summary>Each word's ambiguity-class hash, from the dictionary.</summary>
    public void AmbiguityOf(ReadOnlySpan<WordFeatures> words, Span<ulong> ambiguity)
    {
        for (var i = 0; i < words.Length; i++)
            ambiguity[i] = FeatureHash.Of((int)Dictionary.ClassOf(words[i].Lower));
    }

    /// <summary>Writes the tag index of each word.</summary>
    public void Tag(ReadOnlySpan<WordFeatures> words, Span<int> output)
    {
        Span<ulong> ambiguity = words.Length <= 256 ? stackalloc ulong[words.Length] : new ulong[words.Length];
        AmbiguityOf(words, ambiguity);
        Span<uint> features = stackalloc uint[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Count];
        int prev = Start, prev2 = Start;
        for (var i = 0; i < words.Length; i++)
        {
            var n = TaggerFeatures.Extract(words, ambiguity, i, prev, prev2, features);
            scores.Clear();
            Weights.Score(features[..n], scores);
            var best = ArgMax(scores);
            output[i] = best;
            prev2 = prev;
            prev = best;
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
                best = c;
        }
        return best;
    }
}
