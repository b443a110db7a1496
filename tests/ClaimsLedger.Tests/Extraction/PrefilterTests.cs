using ClaimsLedger.Extraction;
using ClaimsLedger.Model;
using ClaimsLedger.Segmentation;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Extraction;

/// <summary>
/// The model prefilters only skip work: wherever the currency or dimension model finds something we keep, the prefilter
/// lets the sentence through, and the fast extractor gives exactly the claims of the straightforward one (every model on
/// every sentence, dates read eagerly).
/// </summary>
public class PrefilterTests
{
    private static readonly Lazy<ClaimExtractor> Fast = new(() => Extractor(skip: true));
    private static readonly Lazy<ClaimExtractor> Straightforward = new(() => Extractor(skip: false));

    /// <summary>Sentences written to exercise units, symbols, spacing, case and near misses.</summary>
    private static readonly string[] WrittenSentences =
    [
        "The fine came to 8.206 billion yuan, the largest in the sector.",
        "Revenue reached RMB 500 million, up from RMB300 million in 2021.",
        "Exports were worth US$3.2 billion and imports $ 1.1 billion.",
        "The budget is €40 million; the United Kingdom gave £3bn and Japan ¥900 million.",
        "He paid 5 pounds for a ticket, and 20 dollars for dinner, plus 50 cents in tax.",
        "Trade hit USD 10 billion, or 10 usd per person, and EUR 2 billion went to Europe.",
        "They invested eur$ 5 million and 7 us dollars on the first day.",
        "A loan of 2.5 million Hong Kong dollars and 300,000 Swiss francs was approved.",
        "The company earned 12 billion rupees, 4 million won and 1 million rand.",
        "All 5 of them tried 3 times to reach the top 10 in the cup final.",
        "Spending rose to 3.5 trillion yuan (about 500 billion US dollars).",
        "The network covers 3,000 kilometers of road and 1.5 million square meters of floor space.",
        "Trucks carried 10 tons of grain, 5 t of rice and 7 kg of salt over 200 km.",
        "Installed capacity reached 2 GW of solar power and 50 kWh per household.",
        "Data centres stored 3 TB and then 6.6ZB of data across 45 hectares.",
        "The river is 12 miles long and 300 m wide, holding 4 million cubic meters of water.",
        "Trains run at 350 km/h, at 60 mph on old lines, and turn by 30 degrees.",
        "She bought 5 ounces of gold and 2 gallons of milk.",
        "The 5G network reached 1.85 million base stations in 2022.",
        "More than 39.8% of GDP came from the digital economy, up 2 percentage points.",
        "Nearly one-third of the global total was produced here.",
        "A 100 m² flat costs 2 million yuan; a 3 km² park cost 1bn yuan.",
        "ＲＭＢ５００ million was spent on １２ km of track.",
        "We will build 2,000 KM of pipeline and 10 KG bags at 3 Kilometers per site.",
        "It weighs 20 metric tons and 3 tonnes, carrying 1,000 liters each.",
        "The plant has 800 megawatts, 3 gigawatts and 40 kilowatts of backup.",
        "Prices of 5$ and 10 $ and $20 and 30$ were all quoted.",
        "The project costs 3 million US$ and 4 million HK$ and CN¥ 5 million.",
        "A million people signed up and nearly a dozen firms were fined.",
        "A billion yuan was invested, and a trillion dollars flowed out.",
        "One in five adults smokes; roughly a fifth of the budget goes to health.",
        "Output rose tenfold while costs fell by half and exports grew twice as fast.",
        "Ferry accidents halved.",
        "On May 31, 2021, the board met at 10 a.m.; on June 31 firms closed and 12 of March's 40 sites reopened.",
        "Turnout was 61 PERCENT, up 3 per cent, with 12 percentage points more in cities and ６％ abroad.",
        "Roughly 40 pct of firms and three out of ten households, two thirds of the votes, 5 percent of 80.",
        "The region ranks second in the world and hosts hundreds of thousands of firms.",
    ];

    [Test]
    public void Currency_prefilter_passes_every_written_sentence_where_the_model_finds_money()
    {
        AssertPrefilterNeverHidesAResult(WrittenSentences, ModelPrefilters.Currency.MayMatch, ModelPrefilters.CurrencyResults);
    }

    [Test]
    public void Percentage_prefilter_passes_every_written_sentence_where_the_model_finds_a_percentage()
    {
        AssertPrefilterNeverHidesAResult(WrittenSentences, PercentageMayMatch, ModelPrefilters.PercentageResults);
    }

    [Test]
    public void Dimension_prefilter_passes_every_written_sentence_where_the_model_finds_a_kept_unit()
    {
        AssertPrefilterNeverHidesAResult(WrittenSentences, ModelPrefilters.Dimension.MayMatch, ModelPrefilters.KeptDimensionResults);
    }

    [Test]
    public void Prefilters_reject_prose_without_units()
    {
        const string prose = "The spokesperson answered 3 questions about the new policy and 2 about the plan.";
        Assert.That(ModelPrefilters.Currency.MayMatch(prose), Is.False);
        Assert.That(ModelPrefilters.Dimension.MayMatch(prose), Is.False);
        Assert.That(ModelPrefilters.Currency.MayMatch("It cost 5 yuan."), Is.True);
        Assert.That(ModelPrefilters.Dimension.MayMatch("It is 5 km long."), Is.True);
        Assert.That(PercentageMayMatch(prose), Is.False);
        Assert.That(PercentageMayMatch("It rose 5 Per Cent."), Is.True);
    }

    [TestCase("A million people signed up.")]
    [TestCase("Nearly a dozen firms were fined.")]
    [TestCase("One in five adults smokes.")]
    [TestCase("Roughly a fifth of the budget goes to health.")]
    [TestCase("Output rose tenfold.")]
    [TestCase("Exports grew twice as fast.")]
    [TestCase("Ferry accidents halved.")]
    [TestCase("The region ranks second in the world.")]
    [TestCase("Revenue was 5 billion.")]
    [TestCase("Revenue was ５ billion.")]
    public void Sentences_with_digits_or_number_words_are_figure_candidates(string sentence)
    {
        Assert.That(FigureRecognizer.CanHoldFigure(sentence), Is.True);
    }

    [TestCase("The spokesperson answered questions about the new policy.")]
    [TestCase("It is the largest market, and someone is doubtful.")]
    [TestCase("I'm sure a plan will follow.")]
    public void Prose_without_a_number_is_not_a_figure_candidate(string sentence)
    {
        Assert.That(FigureRecognizer.CanHoldFigure(sentence), Is.False);
    }

    [Test]
    public void Fast_and_straightforward_extractors_give_identical_claims_on_written_sentences()
    {
        var text = string.Join("\n\n", WrittenSentences);
        AssertIdentical("written", Document("written.txt", text, new DateOnly(2023, 3, 14)));
    }

    [Test]
    public void Seed_corpus_prefilters_pass_every_sentence_where_a_model_finds_something_kept()
    {
        var sentences = SeedDocuments().SelectMany(d => TranscriptSegmenter.Segment(d.Text).Select(s => d.Text.Substring(s.Start, s.Length)))
            .Where(FigureRecognizer.CanHoldFigure).ToList();
        Assert.That(sentences, Is.Not.Empty);
        AssertPrefilterNeverHidesAResult(sentences, ModelPrefilters.Currency.MayMatch, ModelPrefilters.CurrencyResults);
        AssertPrefilterNeverHidesAResult(sentences, ModelPrefilters.Dimension.MayMatch, ModelPrefilters.KeptDimensionResults);
        AssertPrefilterNeverHidesAResult(sentences, PercentageMayMatch, ModelPrefilters.PercentageResults);
    }

    [Test]
    public void Seed_corpus_fast_and_straightforward_extractors_give_identical_claims()
    {
        foreach (var document in SeedDocuments())
        {
            AssertIdentical(document.FileName, document);
        }
    }

    private static bool PercentageMayMatch(string sentence) => ModelPrefilters.PercentageMayMatch(UnitWordPrefilter.ModelText(sentence));

    private static void AssertPrefilterNeverHidesAResult(IEnumerable<string> sentences, Func<string, bool> mayMatch,
        Func<RecognizerModels, string, IEnumerable<string>> results)
    {
        foreach (var sentence in sentences)
        {
            var found = results(RecognizerModels.English, sentence).ToList();
            if (found.Count > 0)
            {
                Assert.That(mayMatch(sentence), Is.True, $"prefilter rejected \"{sentence}\" where the model found {string.Join(", ", found)}");
            }
        }
    }

    private static void AssertIdentical(string name, SourceDocument document)
    {
        var fast = Fast.Value.Extract(document);
        var straightforward = Straightforward.Value.Extract(document);
        Assert.That(fast.Claims, Is.EqualTo(straightforward.Claims), name);
        Assert.That(fast.Sentences, Is.EqualTo(straightforward.Sentences), name);
        Assert.That(fast.Warnings, Is.EqualTo(straightforward.Warnings), name);
    }

    private static IEnumerable<SourceDocument> SeedDocuments()
    {
        var folder = RepositoryPaths.RequireShared("corpus", "seeds");
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var header = DocumentHeaderReader.Read(text);
            yield return Document(Path.GetFileName(file), text, header.EventDate);
        }
    }

    private static SourceDocument Document(string name, string text, DateOnly? eventDate) =>
        new(name, name, text, "", name, eventDate, null, null);

    private static ClaimExtractor Extractor(bool skip)
    {
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        return new ClaimExtractor(RecognizerModels.English, ClaimExtractorFactory.LoadMetrics(data), ClaimExtractorFactory.LoadEras(data),
            skipSentencesWithoutFigureCandidate: skip);
    }
}
