using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Training;

/// <summary>
/// Trains the arc-hybrid parser online with the dynamic oracle: at each step the best-scoring correct transition is
/// the target, and from the second epoch the parser follows its own prediction (exploration, p = 0.9), so it learns to
/// recover from its mistakes.
/// </summary>
internal static class ParserTrainer
{
    public static AveragedPerceptron Train(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<int[]> tags,
        IReadOnlyList<string> labels, int epochs, int seed)
    {
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var transitions = new DependencyParser(labels, new AveragedPerceptron(1)).Transitions;
        var model = new AveragedPerceptron(transitions.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var state = new ParserState();
        Span<uint> features = stackalloc uint[ParserFeatures.Max];
        var scores = new float[transitions.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var s = sentences[index];
                var words = s.Words.Select(w => WordFeatures.Of(w)).ToArray();
                var gold = s.Heads.Select(h => h < 0 ? s.Length : h).ToArray();
                var goldLabels = s.Deprels.Select(d => labelIndex[d]).ToArray();
                state.Reset(s.Length);
                while (!state.Terminal)
                {
                    var n = ParserFeatures.Extract(state, words, tags[index], features);
                    Array.Clear(scores);
                    model.Score(features[..n], scores);
                    var guess = transitions.BestLegal(state, scores);
                    var truth = BestCorrect(state, transitions, gold, goldLabels, scores);
                    model.Update(features[..n], truth, guess);
                    model.Tick();
                    var follow = epoch > 0 && random.NextDouble() < 0.9 ? guess : truth;
                    transitions.Apply(state, follow);
                }
            }
            Console.WriteLine($"  parser epoch {epoch + 1}: {model.Rows} feature rows");
        }
        return model;
    }

    /// <summary>The best-scoring legal transition of least cost, with the gold label of s0 where that label is legal.</summary>
    private static int BestCorrect(ParserState state, Transitions transitions, int[] gold, int[] goldLabels, float[] scores)
    {
        var shift = state.CanShift ? ArcHybridOracle.ShiftCost(state, gold) : int.MaxValue;
        var left = state.CanLeft ? ArcHybridOracle.LeftCost(state, gold) : int.MaxValue;
        var right = state.CanRight ? ArcHybridOracle.RightCost(state, gold) : int.MaxValue;
        var least = Math.Min(shift, Math.Min(left, right));
        var best = -1;
        var label = state.StackCount > 0 ? goldLabels[state.S(0)] : -1;
        for (var t = 0; t < scores.Length; t++)
        {
            if (!transitions.IsLegal(state, t))
                continue;
            var move = transitions.MoveOf(t);
            var cost = move == Transitions.Shift ? shift : move == Transitions.Left ? left : right;
            if (cost != least)
                continue;
            if (move != Transitions.Shift && transitions.LabelOf(t) != label && transitions.IsLegal(state, transitions.Of(move, label)))
                continue;
            if (best < 0 || scores[t] > scores[best])
                best = t;
        }
        return best;
    }
}
