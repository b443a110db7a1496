namespace ClaimsLedger.Linguistics;

/// <summary>
/// Tokenizes, tags, lemmatizes and parses one English sentence with the model trained on UD English EWT. Thread-safe;
/// <see cref="Default"/> loads the shipped model once per process, on first use.
/// </summary>
public sealed class SentenceParser(LinguisticModel model)
{
    public const string ModelFileName = "en_ewt.model";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SentenceParser>> Loaded = new();

    [ThreadStatic]
    private static ParserState? state;

    private readonly SentenceTokenizer tokenizer = new(model.TokenizerRules);

    public LinguisticModel Model { get; } = model;

    /// <summary>data/models/en_ewt.model beside the program (the CLI and benchmarks copy data/ there).</summary>
    public static string DefaultModelPath => Path.Combine(AppContext.BaseDirectory, "data", "models", ModelFileName);

    /// <summary>The shipped model, loaded on first use.</summary>
    public static SentenceParser Default => Shared(DefaultModelPath);

    public static SentenceParser Load(string path) => new(LinguisticModel.Load(path));

    /// <summary>The model at <paramref name="path"/>, loaded once per process however many readers ask for it.</summary>
    public static SentenceParser Shared(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<SentenceParser>(() => Load(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// Tokens, tags, lemmas and tree of one sentence. Quote marks that open it are left out (offsets kept): a quotation
    /// parses as the sentence it quotes, where the model otherwise misreads its first words.
    /// </summary>
    public ParsedSentence Parse(string sentence)
    {
        var read = WithoutOpeningQuotes(sentence);
        var spans = tokenizer.Tokenize(read);
        var words = new string[spans.Count];
        for (var i = 0; i < words.Length; i++)
            words[i] = read[spans[i]];
        var analysis = Analyze(words);
        var tokens = new SentenceToken[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var (start, end) = (spans[i].Start.Value, spans[i].End.Value);
            var upos = Model.Tagger.Tags[analysis.Tags[i]];
            tokens[i] = new SentenceToken(i, words[i], start, end, upos, Model.Lemmatizer.Lemma(words[i], upos),
                analysis.Heads[i], Model.Parser.Labels[analysis.Labels[i]]);
        }
        return new ParsedSentence(sentence, tokens);
    }

    private static string WithoutOpeningQuotes(string sentence)
    {
        var quotes = 0;
        while (quotes < sentence.Length && sentence[quotes] is '"' or '\u201C' or '\'' or '\u2018' or ' ')
            quotes++;
        return quotes == 0 ? sentence : new string(' ', quotes) + sentence[quotes..];
    }

    /// <summary>Tag indices, heads (-1 for the root) and label indices of already tokenized words.</summary>
    public (int[] Tags, int[] Heads, int[] Labels) Analyze(IReadOnlyList<string> words)
    {
        var features = new WordFeatures[words.Count];
        for (var i = 0; i < features.Length; i++)
            features[i] = WordFeatures.Of(words[i]);
        var tags = new int[words.Count];
        Model.Tagger.Tag(features, tags);
        var s = state ??= new ParserState();
        Model.Parser.Parse(features, tags, s);
        var heads = new int[words.Count];
        var labels = new int[words.Count];
        for (var i = 0; i < heads.Length; i++)
        {
            heads[i] = s.Heads[i] == words.Count ? -1 : s.Heads[i];
            labels[i] = s.Labels[i];
        }
        return (tags, heads, labels);
    }
}
