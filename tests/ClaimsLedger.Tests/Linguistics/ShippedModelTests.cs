using System.Text.Json;
using ClaimsLedger.Linguistics;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Linguistics;

/// <summary>The model shipped in data/models: reproduces the figures its training run recorded, and parses sentences written here.</summary>
public class ShippedModelTests
{
    private static readonly string ModelFolder = Path.Combine(RepositoryPaths.Root, "data", "models");
    private static readonly Lazy<SentenceParser> Parser = new(() => SentenceParser.Load(Path.Combine(ModelFolder, SentenceParser.ModelFileName)));

    [Test]
    public void Accuracy_on_the_UD_test_split_is_what_the_training_run_recorded()
    {
        var test = TreebankSentence.ReadFile(RepositoryPaths.RequireShared("ud", "en_ewt-ud-test.conllu"));
        var score = TreebankEvaluation.Of(Parser.Value, test);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModelFolder, "en_ewt.training.json")));
        var recorded = record.RootElement.GetProperty("test");
        Assert.Multiple(() =>
        {
            Assert.That(score.Words, Is.EqualTo(recorded.GetProperty("words").GetInt32()));
            Assert.That(score.CorrectUpos, Is.EqualTo(recorded.GetProperty("correct_upos").GetInt32()));
            Assert.That(score.CorrectHeads, Is.EqualTo(recorded.GetProperty("correct_heads").GetInt32()));
            Assert.That(score.CorrectLabelled, Is.EqualTo(recorded.GetProperty("correct_labelled").GetInt32()));
        });
    }

    [Test]
    public void Parse_gives_offsets_tags_lemmas_and_one_tree()
    {
        const string text = "Apple's revenue rose to $90.1 billion in 2023, the company said.";
        var s = Parser.Value.Parse(text);
        Assert.That(s.Tokens.Select(t => t.Text), Is.EqualTo(new[] { "Apple", "'s", "revenue", "rose", "to", "$", "90.1", "billion", "in", "2023", ",", "the", "company", "said", "." }));
        foreach (var t in s.Tokens)
            Assert.That(text[t.Start..t.End], Is.EqualTo(t.Text));
        Assert.That(s.Tokens.Count(t => t.IsRoot), Is.EqualTo(1));
        Assert.That(s[3].Lemma, Is.EqualTo("rise"));
        Assert.That(s[12].Lemma, Is.EqualTo("company"));
        Assert.That(s[0].Upos, Is.EqualTo("PROPN"));
        Assert.That(s[6].Upos, Is.EqualTo("NUM"));
        Assert.That(s.Possessor(2), Is.EqualTo(0));
        Assert.That(s.Subject(s.GoverningVerb(2)), Is.EqualTo(2), "revenue is the subject of rose");
    }

    [Test]
    public void Lemmas_of_unseen_words_follow_the_rules()
    {
        var lemmatizer = Parser.Value.Model.Lemmatizer;
        Assert.That(lemmatizer.Lemma("Blorfs", "NOUN"), Is.EqualTo("blorf"));
        Assert.That(lemmatizer.Lemma("frobnicated", "VERB"), Is.EqualTo("frobnicate"));
        Assert.That(lemmatizer.Lemma("zapping", "VERB"), Is.EqualTo("zap"));
        Assert.That(lemmatizer.Lemma("Zorbland", "PROPN"), Is.EqualTo("Zorbland"));
        Assert.That(lemmatizer.Lemma("was", "AUX"), Is.EqualTo("be"));
        Assert.That(lemmatizer.Lemma("n't", "PART"), Is.EqualTo("not"));
        Assert.That(lemmatizer.Lemma("children", "NOUN"), Is.EqualTo("child"));
    }
}
