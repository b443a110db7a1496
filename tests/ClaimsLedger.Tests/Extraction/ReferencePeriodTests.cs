namespace ClaimsLedger.Tests.Extraction;

/// <summary>Times that name no year or no date: read against the text's last year, the event and the release's month.</summary>
public class ReferencePeriodTests
{
    private static (DateOnly?, DateOnly?) PeriodOf(string text, string figure, DateOnly? eventDate = null)
    {
        var c = ExtractionFixture.Single(text, figure, eventDate);
        return (c.PeriodStart, c.PeriodEnd);
    }

    [Test]
    public void Over_the_last_12_months_is_the_12_full_months_before_the_events_month() =>
        Assert.That(PeriodOf("Over the last 12 months, the index increased 6.1 percent.", "6.1 percent"),
            Is.EqualTo(((DateOnly?)new DateOnly(2022, 3, 1), (DateOnly?)new DateOnly(2023, 2, 28))));

    [Test]
    public void The_quarter_ended_a_day_is_that_quarter() =>
        Assert.That(PeriodOf("The retailer reported revenue of $117.2 billion for the quarter ended Dec. 31.", "$117.2 billion", new DateOnly(2023, 2, 2)),
            Is.EqualTo(((DateOnly?)new DateOnly(2022, 10, 1), (DateOnly?)new DateOnly(2022, 12, 31))));

    [Test]
    public void Three_or_six_months_to_a_month_end_with_that_month()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PeriodOf("The lender posted a pre-tax profit of $7.7 billion for the three months to June 2023.", "$7.7 billion"),
                Is.EqualTo(((DateOnly?)new DateOnly(2023, 4, 1), (DateOnly?)new DateOnly(2023, 6, 30))));
            Assert.That(PeriodOf("Exports reached $410 billion in the six months to June 2023.", "$410 billion"),
                Is.EqualTo(((DateOnly?)new DateOnly(2023, 1, 1), (DateOnly?)new DateOnly(2023, 6, 30))));
            Assert.That(PeriodOf("Prices rose by 10.1% in the 12 months to September 2022.", "10.1%"),
                Is.EqualTo(((DateOnly?)new DateOnly(2022, 9, 1), (DateOnly?)new DateOnly(2022, 9, 30))), "a 12-month rate is dated by its month");
        });
    }

    [Test]
    public void A_value_versus_YoY_in_a_results_table_is_a_year_earlier()
    {
        var text = "Services revenue in the second quarter of 2023: $21.2 billion (vs. $19.6 billion YoY)";
        Assert.Multiple(() =>
        {
            Assert.That(PeriodOf(text, "$21.2 billion"), Is.EqualTo(((DateOnly?)new DateOnly(2023, 4, 1), (DateOnly?)new DateOnly(2023, 6, 30))));
            Assert.That(PeriodOf(text, "$19.6 billion"), Is.EqualTo(((DateOnly?)new DateOnly(2022, 4, 1), (DateOnly?)new DateOnly(2022, 6, 30))));
        });
    }

    [Test]
    public void Values_compared_in_the_year_ago_quarter_are_a_year_earlier()
    {
        var text = "In the third quarter of 2022, the retailer posted revenue of $9.1 billion, compared to revenue of $8.3 billion and profit of $2.1 billion in the year-ago quarter.";
        Assert.Multiple(() =>
        {
            Assert.That(PeriodOf(text, "$9.1 billion"), Is.EqualTo(((DateOnly?)new DateOnly(2022, 7, 1), (DateOnly?)new DateOnly(2022, 9, 30))));
            Assert.That(PeriodOf(text, "$8.3 billion"), Is.EqualTo(((DateOnly?)new DateOnly(2021, 7, 1), (DateOnly?)new DateOnly(2021, 9, 30))));
            Assert.That(PeriodOf(text, "$2.1 billion"), Is.EqualTo(((DateOnly?)new DateOnly(2021, 7, 1), (DateOnly?)new DateOnly(2021, 9, 30))));
        });
    }

    [Test]
    public void For_the_month_is_the_last_full_month_before_the_event() =>
        Assert.That(PeriodOf("Rents rose 0.9% for the month.", "0.9%"),
            Is.EqualTo(((DateOnly?)new DateOnly(2023, 2, 1), (DateOnly?)new DateOnly(2023, 2, 28))));

    [Test]
    public void A_quarter_without_a_year_takes_the_year_the_paragraph_named()
    {
        var text = "Exports grew 5 percent in 2022. Exports grew 2.1 percent in the first quarter, 1.4 percent in the second and 0.9 percent in the third.";
        Assert.That(PeriodOf(text, "2.1 percent", new DateOnly(2023, 1, 17)),
            Is.EqualTo(((DateOnly?)new DateOnly(2022, 1, 1), (DateOnly?)new DateOnly(2022, 3, 31))));
    }

    [Test]
    public void A_month_without_a_year_is_not_moved_past_the_event()
    {
        // The paragraph named 2023, but December 2023 is not over on the event date: the December before it is meant.
        var text = "Prices will rise 2 percent in 2023. Prices rose 0.4% in December.";
        Assert.That(PeriodOf(text, "0.4%", new DateOnly(2023, 1, 10)),
            Is.EqualTo(((DateOnly?)new DateOnly(2022, 12, 1), (DateOnly?)new DateOnly(2022, 12, 31))));
    }

    [Test]
    public void A_datelines_date_is_not_the_figures_time()
    {
        var (start, _) = PeriodOf("LONDON, March 13 (Reuters) - Britain's jobless rate rose to 3.9 percent.", "3.9 percent");
        Assert.That(start, Is.Not.EqualTo(new DateOnly(2023, 3, 13)));
    }

    [Test]
    public void A_year_on_year_growth_is_not_a_recurring_figure() =>
        Assert.That(PeriodOf("In 2022, the output of wheat saw a year-on-year growth of 4.1 percent.", "4.1 percent"),
            Is.EqualTo(((DateOnly?)new DateOnly(2022, 1, 1), (DateOnly?)new DateOnly(2022, 12, 31))));

    [Test]
    public void A_daily_rate_is_a_level_as_of_the_event() =>
        Assert.That(PeriodOf("The seven-day average of new cases is about 12,400 per day.", "12,400"),
            Is.EqualTo(((DateOnly?)ExtractionFixture.EventDate, (DateOnly?)ExtractionFixture.EventDate)));

    [Test]
    public void A_span_read_as_ending_before_it_starts_is_never_a_period()
    {
        var c = ExtractionFixture.Single("We saw a decline month to month to 0.5 percent.", "0.5 percent");
        Assert.That(c.PeriodStart is null || c.PeriodEnd is null || c.PeriodStart <= c.PeriodEnd, Is.True);
    }
}
