namespace ClaimsLedger.Tests.Extraction;

/// <summary>The metric is read from the sentence's structure and mapped through data/metrics.json.</summary>
public class MetricTests
{
    [TestCase("The number of internet users in the country grew from 300 million to 450 million.", "300 million", "internet users", TestName = "The_number_of_X_grew_from")]
    [TestCase("The population of netizens has increased to 450 million.", "450 million", "internet users", TestName = "Alias_netizens")]
    [TestCase("The region now counts 45 million netizens.", "45 million", "internet users", TestName = "Noun_after_the_figure")]
    [TestCase("Internet penetration reached 64.5% by the end of the year.", "64.5%", "internet penetration rate", TestName = "X_reached_N_percent")]
    [TestCase("The digital economy accounted for 41.5% of GDP.", "41.5%", "digital economy share of gdp", TestName = "X_accounted_for_N_of_Y")]
    [TestCase("The digital economy as a share of GDP grew from 30% to 41.5%.", "41.5%", "digital economy share of gdp", TestName = "X_as_a_share_of_Y")]
    [TestCase("The market size of the digital economy reached 50.2 trillion yuan.", "50.2 trillion yuan", "digital economy size", TestName = "Money_metric_by_unit_kind")]
    [TestCase("Regulators imposed a fine of 2.5 billion yuan on the platform.", "2.5 billion yuan", "fine", TestName = "A_fine_of_N")]
    [TestCase("Regulators imposed a fine of 2.5 billion yuan on Acme Holdings Ltd for data abuse.", "2.5 billion yuan", "fine", TestName = "A_fine_on_a_named_company_is_its_fine_(the_company_is_the_subject)")]
    [TestCase("The bank posted net profit of $2.7 billion, or $1.29 per diluted share, in the quarter.", "$1.29", "earnings per share", TestName = "A_profit_restated_per_share_is_earnings_per_share")]
    [TestCase("Brussels fines Zentrix a record-breaking €3 billion", "€3 billion", "fine", TestName = "A_headline_fines_X_a_record_N")]
    [TestCase("The country ranks third in the world regarding computing power.", "third", "computing power world rank", TestName = "Rank_regarding_X")]
    [TestCase("Last year the agency closed over 1,200 websites.", "1,200", "websites closed", TestName = "Enforcement_verb_closed")]
    [TestCase("Last year the agency removed 900 mobile applications.", "900", "mobile apps removed", TestName = "Enforcement_verb_removed")]
    [TestCase("Last year the agency had taken down 900 mobile apps.", "900", "mobile apps removed", TestName = "Taken_down_means_removed")]
    [TestCase("The bureau carried out 14 campaigns against fraud.", "14", "rectification campaigns", TestName = "Catalogue_alias_campaigns")]
    [TestCase("The fair attracted 4,500 foreign exhibitors from abroad.", "4,500", "foreign exhibitors", TestName = "Unknown_metric_keeps_its_phrase")]
    [TestCase("Exports rose 10.5 percent last year.", "10.5 percent", "exports growth", TestName = "Change_rose_N_percent")]
    [TestCase("China's GDP exceeded 121 trillion yuan, up 3 percent year-on-year.", "3 percent", "gdp growth", TestName = "Change_up_N_after_a_level")]
    [TestCase("The population was 1.4 billion, a decrease of 850,000 from a year earlier.", "850,000", "population growth", TestName = "Change_a_decrease_of_N")]
    [TestCase("The urbanization rate rose to 65.2% last year.", "65.2%", "urbanization rate", TestName = "Rose_to_N_is_a_level")]
    [TestCase("Inspectors have taken down 320 apps this year.", "320", "mobile apps removed", TestName = "Taken_down_is_no_decline")]
    [TestCase("The revenues of the steel industry and the coal industry were 1.2 times and 2.4 times that of 2015.", "2.4 times", "revenues of coal industry multiple of 2015", TestName = "Coordinated_figures_pair_with_coordinated_subjects")]
    [TestCase("We have held the Global Trade Expo (GTE) for six years in a row.", "six", "gte editions", TestName = "Event_held_for_N_years_in_a_row")]
    [TestCase("The decision followed the hosting of six successive GTEs.", "six", "gte editions", TestName = "N_successive_events")]
    [TestCase("The regulator fined the company 12.7 million pounds ($15.9 million) on Tuesday.", "$15.9 million", "fine on company", TestName = "Conversion_in_brackets_measures_the_same_thing")]
    [TestCase("Between 2 million and 3 million people remain out of work.", "2 million", "people remain", TestName = "Range_lower_end_counts_what_the_upper_end_counts")]
    [TestCase("The regulator slapped the bank with a record €1.2bn (£1.05bn) fine on Monday.", "€1.2bn", "fine", TestName = "A_figure_before_a_conversion_in_brackets_modifies_the_noun_after_it")]
    [TestCase("The carrier was hit with a €900 million (£780 million/$980 million) penalty last year.", "$980 million", "fine", TestName = "Each_conversion_in_one_bracket_measures_the_same_thing")]
    [TestCase("The bank was fined €1.5 billion ($1.6 billion, £1.3 billion) for money laundering.", "£1.3 billion", "fine", TestName = "Conversions_listed_with_commas")]
    [TestCase("Officials said many jobs were lost and that 40 percent of small firms had closed.", "40 percent", "share of small firms closed", TestName = "Share_of_Y_that_did_something")]
    [TestCase("The deficit is expected to reach 6 percent of GDP next year.", "6 percent", "deficit share of gdp forecast", TestName = "Share_of_Y_stops_before_time_words")]
    [TestCase("Spending on health stood at US$4.2 billion, or 5.1 per cent of GDP.", "5.1 per cent", "spending on health share of gdp", TestName = "Restated_share_keeps_the_subject")]
    [TestCase("About 30 percent of rural clinics lacked piped water in 2021; today the figure is 22 percent.", "22 percent", "share of rural clinics lacked piped water", TestName = "The_figure_refers_to_the_quantity_just_named")]
    [TestCase("China's computing power ranks second in the world.", "second", "computing power world rank", TestName = "Rank_in_the_world_names_no_topic")]
    [TestCase("Investment reached 180 billion yuan, about 45% of total telecom investment.", "45%", "investment share of telecom investment", TestName = "Apposition_share_keeps_the_subject")]
    [TestCase("The economy was worth 7 trillion dollars, and it accounted for 39% of GDP.", "39%", "economy share of gdp", TestName = "It_refers_to_the_previous_clause_subject")]
    [TestCase("Our survey of 2,000 companies found that 37% of them used robots, up from 21% a year earlier.", "21%", "share of them used robots", TestName = "Up_from_N_is_the_earlier_value_of_the_same_quantity")]
    [TestCase("Our survey of 2,000 companies found that most used robots.", "2,000", "companies surveyed", TestName = "Survey_sample_size")]
    [TestCase("We expect the digital economy to grow by nearly 10% in 2024.", "10%", "digital economy growth forecast", TestName = "Expected_subject_of_an_infinitive")]
    [TestCase("In 2022, 37% of firms used cloud services.", "37%", "share of firms used cloud services", TestName = "A_leading_year_is_not_a_restated_figure")]
    [TestCase("Over the past decade, 120,000 kilometers of railway were built.", "120,000 kilometers", "railway", TestName = "A_measure_of_X_measures_X")]
    [TestCase("By the end of June, the bank had lent 2 billion yuan of new credit.", "2 billion yuan", "new credit", TestName = "Money_of_X_is_X")]
    [TestCase("During the first half of 2021 the provincial exports grew 12 percent.", "12 percent", "provincial exports growth", TestName = "A_time_adverbial_is_not_part_of_the_metric")]
    [TestCase("The operator runs a large network, with about 1.2 million 5G base stations, accounting for 30% of the national total.", "30%", "5g base stations share of national", TestName = "A_share_of_a_counted_thing_drops_its_figure")]
    [TestCase("The total length of high-speed rail lines reached 42,000 kilometers.", "42,000 kilometers", "high-speed rail lines", TestName = "Length_of_X_measures_X")]
    [TestCase("Fixed-asset investment went up 5.9 percent year-on-year to 42.1 trillion yuan.", "42.1 trillion yuan", "fixed-asset investment", TestName = "Went_up_is_a_verb")]
    [TestCase("There are now over 80 million registered volunteers, accounting for 6 percent of the population.", "6 percent", "registered volunteers share of population", TestName = "Existential_there_is_not_a_subject")]
    [TestCase("Steel exports reached 60 million tonnes last year, a 12 percent increase.", "12 percent", "steel exports growth", TestName = "A_N_percent_increase_is_a_change")]
    [TestCase("The number of registered taxis has grown to 80,000.", "80,000", "registered taxis", TestName = "A_participle_after_of_is_not_the_verb")]
    [TestCase("Police solved 4,321 cases involving 8,765 suspects.", "4,321", "cases involving", TestName = "A_counted_thing_stops_at_the_next_figure")]
    [TestCase("About 1,300 people were killed and 4,000 injured.", "1,300", "people killed", TestName = "A_counted_thing_stops_before_a_grouped_figure")]
    [TestCase("The bridge will cost 4-5 billion yuan.", "4", "bridge", TestName = "A_dash_range_lower_end_measures_what_the_upper_end_measures")]
    [TestCase("The insurer paid $3 million in damages to the victims.", "$3 million", "damages", TestName = "Money_in_X_pays_X")]
    [TestCase("The city raised 5 billion yuan in bonds in 2021.", "5 billion yuan", "bonds", TestName = "Money_in_X_before_a_year")]
    [TestCase("She said imports could grow by about 7 percent next year.", "7 percent", "imports growth", TestName = "A_modal_verb_ends_the_subject_of_a_reported_clause")]
    [TestCase("The reform raised the retirement age to 63 years.", "63", "retirement age", TestName = "Raised_X_to_N_is_the_level_of_X")]
    [TestCase("The unemployment rate increased sharply to 9 percent.", "9 percent", "unemployment rate", TestName = "An_adverb_is_not_a_raised_object")]
    [TestCase("They built a metro network of more than 800 kilometers.", "800 kilometers", "metro network", TestName = "A_network_of_N_km_measures_the_network")]
    [TestCase("Some 4.1 million homes now have fibre, more than double the number in 2016.", "double", "homes multiple of 2016", TestName = "Double_the_number_is_a_multiple_of_the_figure_before")]
    [TestCase("Borrowing will be £60.2bn, or 2.4% of GDP, down from £95.5bn last year.", "£95.5bn", "borrowing", TestName = "An_earlier_value_measures_the_last_figure_in_its_kind_of_unit")]
    [TestCase("Today I can confirm that borrowing will be £60.2bn.", "£60.2bn", "borrowing", TestName = "Confirm_that_reports_a_clause")]
    [TestCase("Last year, steel exports exceeded 60 million tonnes, growing by 4 percent.", "4 percent", "steel exports growth", TestName = "Growing_by_N_is_a_change_of_the_clause_before")]
    [TestCase("Will the province meet its target of around 6 percent?", "6 percent", "target", TestName = "A_target_of_N_percent")]
    [TestCase("Li Na, a director general, said the country's 5G users reached 561 million by the end of 2022.", "561 million", "5g users", TestName = "Reported_clause_without_that")]
    [TestCase("Revenue in Q3 2023 was $4.1 billion.", "$4.1 billion", "revenue", TestName = "Quarter_words_are_not_part_of_the_metric")]
    [TestCase("We expect revenue between $4.3 billion and $4.5 billion.", "$4.3 billion", "revenue forecast", TestName = "Expected_range_of_an_object")]
    [TestCase("We have about 52,000 employees, 8% fewer than a year ago.", "8%", "employees growth", TestName = "Change_stated_after_the_figure")]
    [TestCase("The budget cuts the deficit by $3 trillion.", "$3 trillion", "deficit growth", TestName = "Transitive_change_names_its_object")]
    [TestCase("Tourism is recovering fast as hotel occupancy in the June-August quarter was 81 percent.", "81 percent", "hotel occupancy", TestName = "A_clause_opened_by_as_has_its_own_subject")]
    [TestCase("Exports held up while imports of machinery fell 4.2 percent.", "4.2 percent", "imports of machinery growth", TestName = "A_clause_opened_by_while_has_its_own_subject")]
    [TestCase("The brewer reported $2.4 billion USD in revenue for the year.", "$2.4 billion", "revenue", TestName = "A_currency_code_after_an_amount_restates_its_currency")]
    [TestCase("The chain made $5.1 billion in sales and $0.9 billion in profit, up from $4.6 billion in sales and $0.7 billion in profit a year before.", "$4.6 billion", "revenue", TestName = "An_earlier_value_that_names_its_own_thing_measures_it")]
    [TestCase("The wholesale price index, a gauge that tracks prices paid by shops, increased 3% in 2023.", "3%", "wholesale price index growth", TestName = "An_appositive_after_the_subject_is_skipped")]
    public void Metric_is_read_from_sentence_structure(string sentence, string figure, string metric)
    {
        Assert.That(ExtractionFixture.Single(sentence, figure).Metric, Is.EqualTo(metric));
    }

    [TestCase("Port traffic grew 4.1% in the first quarter, 2.7% in the second quarter and 3.3% in the third quarter.", "4.1%", "2.7%", TestName = "A_list_that_differs_only_in_time")]
    [TestCase("Retail sales climbed 6 percent in March and 9 percent in April.", "6 percent", "9 percent", TestName = "Two_months_joined_by_and")]
    [TestCase("Tourist arrivals reached 3.2 million, a steep fall from 4.5 million the year before.", "3.2 million", "4.5 million", TestName = "A_fall_from_N_is_the_earlier_value")]
    [TestCase("Farm output rose 2.4 percent, compared with a rise of 1.9 percent a year earlier.", "2.4 percent", "1.9 percent", TestName = "Compared_with_a_rise_of_N")]
    [TestCase("Farm income was Rs 12.6 lakh crore, as against Rs 11.9 lakh crore in 2021-22.", "Rs 12.6 lakh crore", "Rs 11.9 lakh crore", TestName = "As_against_N")]
    public void Two_figures_of_one_quantity_share_its_metric(string sentence, string first, string second)
    {
        var claims = ExtractionFixture.Claims(sentence);
        Assert.That(claims.Single(c => c.Text == second).Metric, Is.EqualTo(claims.Single(c => c.Text == first).Metric));
    }

    [Test]
    public void Coordinated_figures_without_a_time_phrase_keep_their_own_things()
    {
        var claims = ExtractionFixture.Claims("The revenues of the shipyards and the steel mills were 1.4 times and 2.6 times that of 2015.");
        Assert.That(claims.Single(c => c.Text == "2.6 times").Metric, Is.Not.EqualTo(claims.Single(c => c.Text == "1.4 times").Metric));
    }

    [Test]
    public void Every_claim_has_a_metric()
    {
        var claims = ExtractionFixture.Claims("It went from 12 to 19. Then 7 more came, and 3% left.");
        Assert.That(claims, Is.Not.Empty);
        Assert.That(claims.Select(c => c.Metric), Has.All.Not.Empty);
    }
}
