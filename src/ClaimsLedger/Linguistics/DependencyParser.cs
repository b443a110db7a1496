namespace ClaimsLedger.Linguistics;

/// <summary>A greedy arc-hybrid dependency parser scored by an averaged perceptron.</summary>
public sealed class DependencyParser(IReadOnlyList<string> labels, IScorer weights)
{
    public IReadOnlyList<string> Labels { get; } = labels;
    public IScorer Weights { get; } = weights;
    public Transitions Transitions { get; } = new(labels.Count, IndexOfRoot(labels));

    /// <summary>Parses the words with their tags; the heads (N for the root) and labels are left in the state.</summary>
    public void Parse(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, ParserState state)
    {
        state.Reset(words.Length);
        Span<uint> features = stackalloc uint[ParserFeatures.Max];
        Span<float> scores = stackalloc float[Transitions.Count];
        while (!state.Terminal)
        {
            var n = ParserFeatures.Extract(state, words, tags, features);
            scores.Clear();
            Weights.Score(features[..n], scores);
            Transitions.Apply(state, Transitions.BestLegal(state, scores));
        }
    }

    private static int IndexOfRoot(IReadOnlyList<string> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == "root")
                return i;
        }
        throw new ArgumentException("the labels have no 'root'", nameof(labels));
    }
}
