namespace ClaimsLedger.Linguistics;

/// <summary>Counts of a parser's agreement with a treebank on its gold words (all words, punctuation included, as the CoNLL 2018 evaluation counts them).</summary>
public sealed record TreebankEvaluation(int Sentences, int Words, int CorrectUpos, int CorrectHeads, int CorrectLabelled)
{
    public double Upos => 100.0 * CorrectUpos / Words;
    public double Uas => 100.0 * CorrectHeads / Words;
    public double Las => 100.0 * CorrectLabelled / Words;

    public static TreebankEvaluation Of(SentenceParser parser, IReadOnlyList<TreebankSentence> sentences)
    {
        int words = 0, upos = 0, heads = 0, labelled = 0;
        var model = parser.Model;
        foreach (var s in sentences)
        {
            var (tags, predictedHeads, labels) = parser.Analyze(s.Words);
            for (var i = 0; i < s.Length; i++)
            {
                words++;
                if (model.Tagger.Tags[tags[i]] == s.Upos[i])
                    upos++;
                if (predictedHeads[i] != s.Heads[i])
                    continue;
                heads++;
                if (model.Parser.Labels[labels[i]] == s.Deprels[i])
                    labelled++;
            }
        }
        return new TreebankEvaluation(sentences.Count, words, upos, heads, labelled);
    }

    public override string ToString() => $"UPOS {Upos:0.00} UAS {Uas:0.00} LAS {Las:0.00} ({Words} words, {Sentences} sentences)";
}
