namespace ClaimsLedger.Tests.Extraction;

/// <summary>Periods: stated, attached, relative to the event date, carried, recurring, and as of the event.</summary>
public class PeriodTests
{
    private static (string?, string?) PeriodOf(string text, string figure, DateOnly? eventDate = null)
    {
        var c = ExtractionFixture.Single(text, figure, eventDate);
        return (c.PeriodStart?.ToString("yyyy-MM-dd"), c.PeriodEnd?.ToString("yyyy-MM-dd"));
    }

    [Test]
    public void From_years_to_years_gives_each_endpoint_its_year()
    {
        const string text = "From 2015 to 2020, the number of internet users grew from 600 million to 900 million.";
        Assert.That(PeriodOf(text, "600 million"), Is.EqualTo(("2015-01-01", "2015-12-31")));
        Assert.That(PeriodOf(text, "900 million"), Is.EqualTo(("2020-01-01", "2020-12-31")));
    }

    [Test]
    public void Years_attached_to_figures_are_theirs()
    {
        const string text = "Output increased from 3 trillion yuan in 2016 to 4.2 trillion yuan in 2020.";
        Assert.That(PeriodOf(text, "3 trillion yuan"), Is.EqualTo(("2016-01-01", "2016-12-31")));
        Assert.That(PeriodOf(text, "4.2 trillion yuan"), Is.EqualTo(("2020-01-01", "2020-12-31")));
    }

    [Test]
    public void A_following_from_to_sentence_without_years_continues_the_paragraphs_range()
    {
        const string text = "Output increased from 3 trillion yuan in 2016 to 4.2 trillion yuan in 2020. Its share of GDP grew from 20% to 31%.";
        Assert.That(PeriodOf(text, "20%"), Is.EqualTo(("2016-01-01", "2016-12-31")));
        Assert.That(PeriodOf(text, "31%"), Is.EqualTo(("2020-01-01", "2020-12-31")));
    }

    [Test]
    public void First_half_of_this_year_resolves_against_the_event_date_not_today()
    {
        const string text = "In the first half of this year, inspectors closed 512 websites.";
        Assert.That(PeriodOf(text, "512", new DateOnly(2019, 9, 2)), Is.EqualTo(("2019-01-01", "2019-06-30")));
    }

    [Test]
    public void A_change_from_the_previous_year_belongs_to_the_sentence_year()
    {
        const string text = "Steel output hit 1.01 billion tonnes in 2021, up 3.2 percent from the previous year.";
        Assert.That(PeriodOf(text, "3.2 percent", new DateOnly(2022, 3, 1)), Is.EqualTo(("2021-01-01", "2021-12-31")));
    }

    [Test]
    public void The_year_of_a_compared_value_is_not_the_time_of_the_other_figures()
    {
        const string text = "About 72 percent of patients were satisfied, compared with 55 percent in 2018.";
        Assert.That(PeriodOf(text, "72 percent", new DateOnly(2022, 3, 1)), Is.EqualTo(("2022-03-01", "2022-03-01")));
        Assert.That(PeriodOf(text, "55 percent", new DateOnly(2022, 3, 1)), Is.EqualTo(("2018-01-01", "2018-12-31")));
    }

    [Test]
    public void The_year_of_an_earlier_fraction_is_not_the_time_of_the_level()
    {
        const string text = "The region grew 35 percent of the nation's rice, up from a quarter in 2008.";
        Assert.That(PeriodOf(text, "35 percent", new DateOnly(2022, 3, 1)), Is.EqualTo(("2022-03-01", "2022-03-01")));
    }

    [Test]
    public void An_increase_over_last_year_belongs_to_this_year()
    {
        const string text = "This year, rapeseed output reached 14.5 million tonnes, an increase of 0.8 million tonnes over last year.";
        Assert.That(PeriodOf(text, "0.8 million tonnes", new DateOnly(2022, 8, 1)), Is.EqualTo(("2022-01-01", "2022-12-31")));
    }

    [Test]
    public void The_time_a_record_is_measured_since_is_not_the_figures_time()
    {
        const string text = "Car sales climbed to 2.1 million, the highest monthly total since March 2019.";
        Assert.That(PeriodOf(text, "2.1 million", new DateOnly(2022, 8, 1)), Is.EqualTo(("2022-08-01", "2022-08-01")));
    }

    [Test]
    public void The_first_half_of_a_year_is_still_the_figures_time()
    {
        const string text = "In the first half of 2021, car sales climbed to 1.9 million.";
        Assert.That(PeriodOf(text, "1.9 million", new DateOnly(2022, 8, 1)), Is.EqualTo(("2021-01-01", "2021-06-30")));
    }

    [Test]
    public void Since_its_launch_in_a_year_runs_to_the_event()
    {
        const string text = "The scheme has trained 1.2 million nurses since its launch in 2011.";
        Assert.That(PeriodOf(text, "1.2 million", new DateOnly(2022, 8, 1)), Is.EqualTo(("2011-01-01", "2022-08-01")));
    }

    [Test]
    public void More_than_in_a_year_is_a_comparison_base()
    {
        const string text = "Joblessness is 4.9%, and 28.1 million people are in work, 0.9 million more than in 2012.";
        Assert.That(PeriodOf(text, "4.9%", new DateOnly(2022, 8, 1)), Is.EqualTo(("2022-08-01", "2022-08-01")));
    }

    [Test]
    public void A_level_in_years_takes_the_year_attached_to_it()
    {
        const string text = "Average life expectancy reached 77.9 years in 2020.";
        Assert.That(PeriodOf(text, "77.9", new DateOnly(2022, 3, 1)), Is.EqualTo(("2020-01-01", "2020-12-31")));
    }

    [Test]
    public void The_first_three_quarters_is_a_time_window_not_a_figure()
    {
        var claims = ExtractionFixture.Claims("In the first three quarters, retail sales grew by 4.1 percent.");
        Assert.That(claims.Select(c => c.Text), Is.EqualTo(new[] { "4.1 percent" }));
    }

    [Test]
    public void A_figure_the_date_model_glued_to_a_month_keeps_the_month_as_its_period()
    {
        // The model reads "June, 1.05" as June 1, 2005; the date is read again from its own words.
        var claim = ExtractionFixture.Single("By the end of June, 1.05 billion people used mobile payments.", "1.05 billion", new DateOnly(2022, 8, 19));

        Assert.That(claim.PeriodStart, Is.EqualTo(new DateOnly(2022, 6, 30)));
        Assert.That(claim.PeriodEnd, Is.EqualTo(new DateOnly(2022, 6, 30)));
    }

    [Test]
    public void A_month_without_a_year_is_the_last_such_month_before_the_event()
    {
        const string text = "In July, the regulator imposed a fine of 1.1 billion yuan on the firm.";
        Assert.That(PeriodOf(text, "1.1 billion yuan", new DateOnly(2019, 9, 2)), Is.EqualTo(("2019-07-01", "2019-07-31")));
    }

    [Test]
    public void Since_the_beginning_of_this_year_runs_to_the_event_date()
    {
        const string text = "Since the beginning of this year, capacity has increased fourfold.";
        Assert.That(PeriodOf(text, "fourfold", new DateOnly(2019, 9, 2)), Is.EqualTo(("2019-01-01", "2019-09-02")));
    }

    [Test]
    public void A_figure_stated_as_current_is_as_of_the_event_date()
    {
        Assert.That(PeriodOf("The network has reached 3.2 million base stations.", "3.2 million"), Is.EqualTo(("2023-03-14", "2023-03-14")));
    }

    [Test]
    public void A_simple_past_sentence_takes_the_year_of_the_sentence_before_it()
    {
        const string text = "Foreign trade hit 42 trillion yuan in 2022. Exports rose 10.5 percent.";
        Assert.That(PeriodOf(text, "10.5 percent"), Is.EqualTo(("2022-01-01", "2022-12-31")));
    }

    [Test]
    public void A_present_perfect_sentence_states_the_present()
    {
        const string text = "Foreign trade hit 42 trillion yuan in 2022. Exports have now reached 3 trillion dollars.";
        Assert.That(PeriodOf(text, "3 trillion dollars"), Is.EqualTo(("2023-03-14", "2023-03-14")));
    }

    [Test]
    public void A_quarter_does_not_carry_to_the_next_sentence()
    {
        const string text = "In the fourth quarter, output grew by 2.9 percent. Income was 36,000 yuan.";
        Assert.That(PeriodOf(text, "36,000 yuan"), Is.EqualTo(("2023-03-14", "2023-03-14")));
    }

    [Test]
    public void A_figure_that_refers_back_takes_the_period_of_the_figure_it_names()
    {
        const string text = "Li Wei:\n\nIn July, we imposed a fine of 8 billion yuan on the firm.\n\nDaily Herald:\n\nDoes the $1.1 billion fine you mentioned end the probe?\n";
        Assert.That(PeriodOf(text, "$1.1 billion", new DateOnly(2022, 8, 19)), Is.EqualTo(("2022-07-01", "2022-07-31")));
    }

    [Test]
    public void The_date_in_the_figures_own_clause_wins()
    {
        const string text = "The regulator fined the firm 5 million pounds on Tuesday, saying 1.4 million children used the site in 2020.";
        Assert.That(PeriodOf(text, "1.4 million", new DateOnly(2023, 5, 3)), Is.EqualTo(("2020-01-01", "2020-12-31")));
    }

    [Test]
    public void A_year_earlier_is_not_a_recurring_rate()
    {
        const string text = "Wages grew 4.4% in April from a year earlier.";
        Assert.That(PeriodOf(text, "4.4%", new DateOnly(2023, 5, 3)), Is.EqualTo(("2023-04-01", "2023-04-30")));
    }

    [Test]
    public void A_comparison_base_is_not_the_figures_time()
    {
        Assert.That(PeriodOf("We have about 52,000 employees, 8% fewer than a year ago.", "52,000"), Is.EqualTo(("2023-03-14", "2023-03-14")));
    }

    [Test]
    public void A_recurring_figure_has_no_period()
    {
        Assert.That(PeriodOf("We hold over 200 training sessions each year.", "200"), Is.EqualTo(((string?)null, (string?)null)));
    }

    [Test]
    public void A_multiple_spans_from_its_base_year_to_the_year_stated()
    {
        Assert.That(PeriodOf("Revenue in 2020 was three times that of 2010.", "three times"), Is.EqualTo(("2010-01-01", "2020-12-31")));
    }

    [Test]
    public void A_named_era_fixes_the_period()
    {
        Assert.That(PeriodOf("During the 13th Five-Year Plan period, 55 million people left poverty.", "55 million"),
            Is.EqualTo(("2016-01-01", "2020-12-31")));
    }

    [Test]
    public void Without_an_event_date_relative_periods_stay_unknown()
    {
        var document = new ClaimsLedger.Model.SourceDocument("t.txt", "t.txt", "In July, the firm paid a fine of 2 million yuan.", "", null, null, null, null);
        var claim = ClaimsLedger.Extraction.ClaimExtractorFactory.CreateDefault(Path.Combine(AppContext.BaseDirectory, "data")).Extract(document).Claims.Single();
        Assert.That(claim.PeriodStart, Is.Null);
    }
}
