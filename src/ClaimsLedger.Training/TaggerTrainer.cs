using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Training;

/// <summary>Trains the greedy part-of-speech tagger: left to right with its own previous predictions, one perceptron update per wrong tag.</summary>
internal static class TaggerTrainer
{
    /// <summary>Words seen at least this often get an ambiguity class.</summary>
    private const int DictionaryMinimum = 3;

    public static PosTagger Train(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<string> tags, int epochs, int seed, float threshold)
    {
        var dictionary = BuildDictionary(sentences, tags);
        var model = new AveragedPerceptron(tags.Count);
        var tagger = new PosTagger(tags, model, dictionary);
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<uint> features = stackalloc uint[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order.Select(i => sentences[i]))
            {
                var words = s.Words.Select(w => WordFeatures.Of(w)).ToArray();
                var ambiguity = new ulong[words.Length];
                tagger.AmbiguityOf(words, ambiguity);
                int prev = PosTagger.Start, prev2 = PosTagger.Start;
                for (var i = 0; i < words.Length; i++)
                {
                    var n = TaggerFeatures.Extract(words, ambiguity, i, prev, prev2, features);
                    Array.Clear(scores);
                    model.Score(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    model.Update(features[..n], index[s.Upos[i]], guess);
                    model.Tick();
                    prev2 = prev;
                    prev = guess;
                }
            }
        }
        return new PosTagger(tags, model.Finish(threshold), dictionary);
    }

    private static TagDictionary BuildDictionary(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<string> tags)
    {
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var seen = new Dictionary<ulong, (int Count, uint Mask)>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var key = FeatureHash.Of(s.Words[i], lower: true);
                var (count, mask) = seen.GetValueOrDefault(key);
                seen[key] = (count + 1, mask | 1u << index[s.Upos[i]]);
            }
        }
        return new TagDictionary(seen.Where(p => p.Value.Count >= DictionaryMinimum).ToDictionary(p => p.Key, p => p.Value.Mask));
    }
}
