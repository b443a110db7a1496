using ClaimsLedger.Extraction;

namespace ClaimsLedger.Tests.Extraction;

/// <summary>A phrase takes a catalogue name only when its words beyond the alias are neutral: a more specific phrase keeps its own.</summary>
public class MetricCatalogTests
{
    private static readonly MetricCatalog Catalog = new(
        [
            new MetricEntry("consumer price inflation", "percent", ["inflation", "consumer price index", "inflation rate"]),
            new MetricEntry("core inflation", "percent", ["core inflation"]),
        ],
        ["annual", "headline", "latest"]);

    [TestCase("headline inflation", "consumer price inflation", TestName = "Neutral_words_keep_the_alias")]
    [TestCase("annual consumer prices index", "consumer price inflation", TestName = "Plurals_fold_and_neutral_words_pass")]
    [TestCase("latest inflation rate", "consumer price inflation", TestName = "The_longest_alias_with_neutral_words")]
    [TestCase("core inflation", "core inflation", TestName = "A_more_specific_entry_wins")]
    public void A_phrase_with_only_neutral_words_beyond_an_alias_takes_its_name(string phrase, string expected) =>
        Assert.That(Catalog.Resolve(phrase, "percent"), Is.EqualTo(expected));

    [TestCase("food inflation", TestName = "A_component_is_not_the_whole_index")]
    [TestCase("transport inflation rate", TestName = "A_component_rate_is_not_the_whole_rate")]
    [TestCase("wage inflation", TestName = "Another_kind_of_inflation")]
    public void A_phrase_with_other_words_keeps_its_own(string phrase) =>
        Assert.That(Catalog.Resolve(phrase, "percent"), Is.Null);

    [Test]
    public void A_unit_kind_that_does_not_fit_gives_no_name() =>
        Assert.That(Catalog.Resolve("inflation", "currency"), Is.Null);

    [Test]
    public void A_place_alias_names_the_metric_only_as_the_whole_phrase()
    {
        var catalog = new MetricCatalog([new MetricEntry("gdp growth", "percent", ["gdp growth"], PlaceAliases: ["growth"])]);
        Assert.Multiple(() =>
        {
            Assert.That(catalog.ResolveForPlace("growth", "percent"), Is.EqualTo("gdp growth"));
            Assert.That(catalog.ResolveForPlace("sales growth", "percent"), Is.Null);
            Assert.That(catalog.Resolve("growth", "percent"), Is.Null, "not without a place");
        });
    }

    [Test]
    public void A_percentage_of_an_amount_is_its_growth()
    {
        var catalog = new MetricCatalog(
        [
            new MetricEntry("gdp", "currency", ["gdp", "nominal gdp"]),
            new MetricEntry("gdp growth", "percent", ["gdp growth"]),
        ]);
        Assert.Multiple(() =>
        {
            Assert.That(catalog.Resolve("gdp", "percent"), Is.EqualTo("gdp growth"));
            Assert.That(catalog.Resolve("nominal gdp", "percent"), Is.EqualTo("nominal gdp growth"), "a more specific amount keeps its words");
            Assert.That(catalog.Resolve("inflation", "percent"), Is.Null, "not an amount the catalogue has");
        });
    }

    [TestCase("Brazil's growth slowed to 2.9 percent in 2022.", "2.9 percent", "gdp growth", TestName = "A_countrys_growth_is_its_gdp_growth")]
    [TestCase("Germany's GDP up 1.8% in 2022", "1.8%", "gdp growth", TestName = "A_headline_GDP_up_is_gdp_growth")]
    [TestCase("Samsung's growth was 8 percent in the quarter.", "8 percent", "growth", TestName = "A_companys_growth_stays_growth")]
    public void Growth_about_a_place_is_its_economys(string sentence, string figure, string metric) =>
        Assert.That(ExtractionFixture.Single(sentence, figure).Metric, Is.EqualTo(metric));

    [Test]
    public void The_shipped_catalogue_keeps_cpih_apart_from_cpi()
    {
        var shipped = ClaimExtractorFactory.LoadMetrics(Path.Combine(AppContext.BaseDirectory, "data"));
        Assert.Multiple(() =>
        {
            Assert.That(shipped.Resolve("cpih growth", "percent"), Is.EqualTo("cpih inflation"));
            Assert.That(shipped.Resolve("cpi growth", "percent"), Is.EqualTo("consumer price inflation"));
            Assert.That(shipped.Resolve("food and non-alcoholic beverages prices growth", "percent"), Is.EqualTo("food price inflation"));
        });
    }
}
