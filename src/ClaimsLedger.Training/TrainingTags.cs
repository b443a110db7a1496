using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Training;

/// <summary>
/// The tags the parser trains on. With folds, each part of the training set is tagged by a tagger trained on the other
/// parts (jackknifing), so the parser learns from tags as noisy as it will see; without, the gold tags.
/// </summary>
internal static class TrainingTags
{
    public static int[][] Of(IReadOnlyList<TreebankSentence> train, PosTagger tagger, IReadOnlyList<string> tags, TrainingSettings settings)
    {
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        if (settings.Folds < 2)
            return [.. train.Select(s => s.Upos.Select(u => index[u]).ToArray())];
        var result = new int[train.Count][];
        for (var fold = 0; fold < settings.Folds; fold++)
        {
            var rest = train.Where((_, i) => i % settings.Folds != fold).ToList();
            var foldTagger = TaggerTrainer.Train(rest, tags, settings.TaggerEpochs, settings.Seed + fold + 1, settings.TaggerThreshold);
            for (var i = fold; i < train.Count; i += settings.Folds)
            {
                var words = train[i].Words.Select(w => WordFeatures.Of(w)).ToArray();
                result[i] = new int[words.Length];
                foldTagger.Tag(words, result[i]);
            }
        }
        return result;
    }
}
