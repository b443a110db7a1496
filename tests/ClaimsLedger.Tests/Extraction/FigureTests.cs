namespace ClaimsLedger.Tests.Extraction;

/// <summary>What counts as a figure, its resolved value and unit, and its exact span.</summary>
public class FigureTests
{
    [TestCase("The city now has 2.35 million registered cars.", "2.35 million", 2350000, "count", TestName = "Scale_word_is_resolved")]
    [TestCase("Sales reached 12,480 units in the quarter.", "12,480", 12480, "count", TestName = "Thousands_separator")]
    [TestCase("The bank reported a profit of 3.1 billion yuan last year.", "3.1 billion yuan", 3100000000, "CNY", TestName = "Yuan_after_number")]
    [TestCase("The chipmaker posted revenue of 67.4 trillion won in the quarter.", "67.4 trillion won", 67.4e12, "KRW", TestName = "A_currency_name_the_model_does_not_read_after_an_amount")]
    [TestCase("The palm oil group made a profit of 1.2 billion ringgit.", "1.2 billion ringgit", 1.2e9, "MYR", TestName = "Ringgit_after_an_amount")]
    [TestCase("The team won 3 of its 5 games.", "3", 3, "count", TestName = "The_verb_won_before_a_count_is_no_currency")]
    [TestCase("The company paid a $4.5 million settlement.", "$4.5 million", 4500000, "USD", TestName = "Dollar_sign_before_number")]
    [TestCase("Unemployment fell to 5.2% in March.", "5.2%", 5.2, "percent", TestName = "Percent_sign")]
    [TestCase("State revenue reached Rs 3.6 lakh crore this year.", "Rs 3.6 lakh crore", 3.6e12, "INR", TestName = "Lakh_crore_is_ten_to_the_twelfth")]
    [TestCase("Turnout rose by 3 percentage points compared with the last vote.", "3 percentage points", 3, "percentage_point", TestName = "Percentage_points")]
    [TestCase("Exports were 2.5 times that of 2015.", "2.5 times", 2.5, "times", TestName = "Multiple_in_times")]
    [TestCase("The capacity of the port has increased fivefold since then.", "fivefold", 5, "times", TestName = "Multiple_as_fold_word")]
    [TestCase("The province accounts for one-fifth of the national output.", "one-fifth", 20, "percent", TestName = "Fraction_of_a_total_is_a_share")]
    [TestCase("The country ranks third in the world in steel output.", "third", 3, "rank", TestName = "Rank_after_ranks")]
    [TestCase("Its index moved up to seventh place in the world.", "seventh", 7, "rank", TestName = "Rank_before_place")]
    [TestCase("Storage capacity grew to 4.2ZB in the same year.", "4.2ZB", 4.2, "ZB", TestName = "Data_unit_glued_to_number")]
    [TestCase("The grid has 1.2 million kilometers of lines.", "1.2 million kilometers", 1200000, "km", TestName = "Length_unit")]
    [TestCase("The agency held eleven hearings on the matter.", "eleven", 11, "count", TestName = "Number_written_in_words")]
    [TestCase("The firm was fined RMB 3 billion last year.", "RMB 3 billion", 3000000000, "CNY", TestName = "Currency_code_before_number")]
    [TestCase("The state allocated Rs 500 crore to the scheme.", "Rs 500 crore", 5000000000, "INR", TestName = "Rupees_in_crore")]
    [TestCase("Borrowing will be £87.1bn this year.", "£87.1bn", 87100000000, "GBP", TestName = "Glued_bn")]
    [TestCase("We will build 1.5m homes by 2030.", "1.5m", 1500000, "count", TestName = "Glued_m_before_a_plural_noun_is_million")]
    public void Figure_is_recognised_with_value_and_unit(string sentence, string figure, double value, string unit)
    {
        var claim = ExtractionFixture.Single(sentence, figure);
        Assert.That((claim.Value, claim.Unit), Is.EqualTo((value, unit)));
    }

    [Test]
    public void Span_points_at_the_figure_in_the_stored_text()
    {
        const string text = "Headline\n\nOfficials said the total reached 4.7 million last year.";
        var claim = ExtractionFixture.Single(text, "4.7 million");
        Assert.That(text[claim.Start..claim.End], Is.EqualTo("4.7 million"));
        Assert.That(text[claim.SentenceStart..claim.SentenceEnd], Is.EqualTo("Officials said the total reached 4.7 million last year."));
    }

    [TestCase("The summit opened on Aug. 19, 2022 at 10 a.m.", TestName = "Dates_and_times")]
    [TestCase("In 2019 the plan was revised, and again in 2021.", TestName = "Years")]
    [TestCase("Operators are upgrading 4G networks to 5G and adopting IPv6 ahead of the G20 meeting.", TestName = "Technology_names")]
    [TestCase("Since the 18th National Congress, the 14th Five-Year Plan has guided the Third Plenary Session.", TestName = "Ordinals_in_names")]
    [TestCase("The theory has five distinctive features, which I will explain in the following three aspects.", TestName = "Counts_of_the_speakers_own_points")]
    [TestCase("<  1  2  3  4  5  >", TestName = "Page_navigation")]
    [TestCase("#8812 | 05:41", TestName = "Clip_number_and_duration")]
    [TestCase("We built a three-level system under the Vision 2040 and the 2030 Agenda.", TestName = "Hyphenated_adjectives_and_named_plans")]
    [TestCase("They launched the \"Ten Thousand Villages\" and \"Five 100\" programmes one by one.", TestName = "Numbers_inside_short_quoted_names")]
    [TestCase("See also  Markets rally as Index 3 opens higher", TestName = "Related_links")]
    [TestCase("Version 6 of the protocol replaced the old one.", TestName = "Version_numbers")]
    [TestCase("The plan runs over 10 years and reviews come within 30 days.", TestName = "Time_windows")]
    [TestCase("The app is not meant for children under 13 or people aged 16.", TestName = "Age_limits")]
    public void Hard_negative_yields_no_claim(string sentence)
    {
        Assert.That(ExtractionFixture.Claims(sentence).Select(c => c.Text), Is.Empty);
    }

    [Test]
    public void A_figure_next_to_a_technology_name_is_kept()
    {
        var claims = ExtractionFixture.Claims("The operator has built 2.3 million 5G base stations.");
        Assert.That(claims.Select(c => c.Text), Is.EqualTo(new[] { "2.3 million" }));
        Assert.That(claims[0].Metric, Is.EqualTo("5g base stations"));
    }

    [Test]
    public void The_denominator_of_a_rate_is_no_claim()
    {
        var claims = ExtractionFixture.Claims("Infant mortality fell to 28 per 1,000 live births.");
        Assert.That(claims.Select(c => c.Text), Is.EqualTo(new[] { "28" }));
    }

    [Test]
    public void A_small_number_word_after_the_names_a_set_not_a_count()
    {
        var claims = ExtractionFixture.Claims("Trade between the two countries exceeded 90 billion dollars.");
        Assert.That(claims.Select(c => c.Text), Is.EqualTo(new[] { "90 billion dollars" }));
    }

    [Test]
    public void An_attribution_is_not_a_reference_back_to_an_earlier_figure()
    {
        var claims = ExtractionFixture.Claims("The mine killed 1,300 people in 2019.\n\nShe said the firm employs 15,000 people in 30 countries.");
        var employed = claims.Single(c => c.Text == "15,000");
        Assert.That(employed.Metric, Is.EqualTo("people"));
        Assert.That(employed.PeriodStart, Is.EqualTo(ExtractionFixture.EventDate));
    }

    [TestCase("Between 20 and 25 percent of staff work remotely.", "20", 20, "percent")]
    [TestCase("The bridge will cost 4-5 billion yuan.", "4", 4e9, "CNY")]
    [TestCase("Output rose to 7–8 million tonnes.", "7", 7e6, "t")]
    public void A_bare_lower_end_of_a_range_takes_the_upper_ends_unit_and_scale(string text, string figure, double value, string unit)
    {
        var claim = ExtractionFixture.Single(text, figure);
        Assert.That((claim.Value, claim.Unit), Is.EqualTo((value, unit)));
    }

    [Test]
    public void An_age_range_holds_no_figures()
    {
        var claims = ExtractionFixture.Claims("Joblessness among people aged 16 to 24 was 17.3 percent.");
        Assert.That(claims.Select(c => c.Text), Is.EqualTo(new[] { "17.3 percent" }));
    }

    [Test]
    public void Basis_points_are_hundredths_of_a_percentage_point()
    {
        var claim = ExtractionFixture.Single("The central bank raised its policy rate by 75 basis points.", "75 basis points");
        Assert.That((claim.Value, claim.Unit), Is.EqualTo((0.75, "percentage_point")));
    }

    [TestCase("On May 31, 2021, the board met and 300 people attended.")]
    [TestCase("The session opened at 10 a.m. on Aug. 19 and 300 people attended.")]
    [TestCase("By the 1st of July, 300 people attended.")]
    public void Days_of_months_and_hours_are_not_figures(string text)
    {
        Assert.That(ExtractionFixture.Claims(text).Select(c => c.Text), Is.EqualTo(new[] { "300" }));
    }
}
