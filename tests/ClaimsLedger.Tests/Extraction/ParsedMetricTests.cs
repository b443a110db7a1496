using ClaimsLedger.Extraction;
using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Tests.Extraction;

/// <summary>
/// Where the surface reader gives a fragment ("at", "showing a growth of"), the metric is read from the dependency parse:
/// the noun the figure is attached to, or the subject of its clause, as that thing's growth when the clause states a change.
/// </summary>
public class ParsedMetricTests
{
    [TestCase("Retail sales, at 3.4 per cent in the second quarter, were stronger than expected.", "3.4 per cent", "retail sales growth", TestName = "A_figure_in_apposition_measures_its_noun_and_a_percentage_of_an_amount_is_its_growth")]
    [TestCase("Factory output was showing a growth of 5.2 per cent as compared to 4.1 per cent a year ago.", "5.2 per cent", "industrial output growth", TestName = "Showing_a_growth_of_N_is_the_subjects_growth")]
    [TestCase("The agricultural sector clocked a growth of 3.5 per cent in the quarter.", "3.5 per cent", "agricultural sector growth", TestName = "A_stating_verb_with_a_change_noun")]
    [TestCase("However, compared to the 6.1 percent growth recorded in the first quarter, exports growth in the second quarter was higher at 7.8 percent.", "6.1 percent", "exports growth", TestName = "A_fragment_takes_the_metric_of_the_nearest_figure_in_its_unit")]
    [TestCase("Exports are estimated to reach a level of $1.2 trillion in 2024, against $1.1 trillion in 2023, showing a growth of 9 per cent as compared to 4 per cent in 2023.", "9 per cent", "exports growth", TestName = "A_participle_takes_the_subject_of_the_clause_before_it")]
    [TestCase("Exports are estimated to reach a level of $1.2 trillion in 2024, against $1.1 trillion in 2023, showing a growth of 9 per cent as compared to 4 per cent in 2023.", "4 per cent", "exports growth", TestName = "A_figure_it_is_compared_to_measures_the_same")]
    [TestCase("\"Real exports or exports at constant (2011-12) prices in Q1 2023-24 are estimated to attain a level of $1.2 trillion, showing a growth of 9 per cent,\" the ministry said.", "9 per cent", "real exports growth", TestName = "A_quotation_parses_as_the_sentence_it_quotes")]
    [TestCase("The figures show CPI inflation at 6.2% and food inflation at 9.8%, the statistics office said.", "9.8%", "food price inflation", TestName = "Each_noun_at_its_figure_in_a_list")]
    [TestCase("The economy grew 2.1% last year, with unemployment at 3.7% in December.", "3.7%", "unemployment rate", TestName = "With_a_noun_at_a_figure")]
    [TestCase("The central bank held rates, with core inflation at 3.1% and the jobless rate at 2.6% in March.", "2.6%", "unemployment rate", TestName = "A_rate_named_by_its_modifier_at_a_figure")]
    [TestCase("Exports are estimated to reach a level of $1.2 trillion in 2024.", "$1.2 trillion", "exports", TestName = "A_level_names_nothing_itself")]
    [TestCase("Sales rose sharply, with a 4% increase in online orders to 2.1 million, the retailer said.", "4%", "online orders growth", TestName = "A_change_noun_names_what_changed_after_it")]
    [TestCase("Sales rose sharply, with a 4% increase in online orders to 2.1 million, the retailer said.", "2.1 million", "online orders", TestName = "The_level_the_named_thing_reached")]
    [TestCase("Toyota said operating profit was 1.1 trillion yen, down an unexpected 31% from a year earlier.", "31%", "operating profit growth", TestName = "A_change_appended_to_an_amount_is_that_amounts_change")]
    [TestCase("The carmaker reported $41.2 billion in revenue for the third quarter, up 12 percent year on year.", "12 percent", "revenue growth", TestName = "A_change_appended_after_a_long_subject")]
    [TestCase("The details: Real exports in the July-September quarter are estimated to attain a level of $310 billion as against $290 billion a year before.", "$310 billion", "real exports", TestName = "A_label_before_a_colon_is_not_the_subject")]
    public void The_parse_names_what_a_fragment_did_not(string sentence, string figure, string metric) =>
        Assert.That(ExtractionFixture.Single(sentence, figure).Metric, Is.EqualTo(metric));

    [TestCase("compared to", TestName = "Ends_in_a_preposition")]
    [TestCase("showing growth of growth", TestName = "Ends_in_its_first_noun_again")]
    [TestCase("figures published 19 october show inflation", TestName = "Holds_a_number")]
    [TestCase("unspecified percent", TestName = "Names_nothing")]
    [TestCase("we saw decline", TestName = "Holds_a_pronoun")]
    [TestCase("in falling prices", TestName = "Starts_with_a_preposition")]
    [TestCase("level", TestName = "Only_a_word_that_names_no_measure")]
    public void A_phrase_that_is_no_noun_phrase_is_a_fragment(string phrase)
    {
        var parse = SentenceParser.Default.Parse("Yesterday we saw growth of growth compared to figures published 19 october show inflation, with relief in falling prices at the same level.");
        Assert.That(ParsedMetricReader.IsFragment(phrase, parse), Is.True);
    }

    [TestCase("data output", TestName = "A_compound_noun")]
    [TestCase("practical data sets of provincial data sharing platforms", TestName = "A_long_noun_phrase_that_repeats_a_word_inside")]
    [TestCase("websites closed", TestName = "A_count_with_its_enforcement_verb")]
    public void A_noun_phrase_is_no_fragment(string phrase)
    {
        var parse = SentenceParser.Default.Parse("The practical data sets of provincial data sharing platforms, data output and websites closed rose.");
        Assert.That(ParsedMetricReader.IsFragment(phrase, parse), Is.False);
    }
}
