namespace ClaimsLedger.Tests.Extraction;

/// <summary>A month-on-month change and a 12-month change of the same index are different metrics.</summary>
public class ChangeHorizonTests
{
    [TestCase("On a monthly basis, consumer prices rose by 0.6% in March, compared with a rise of 0.2% in March 2022.", "0.6%", "consumer price inflation month on month", TestName = "On_a_monthly_basis_before_the_figure")]
    [TestCase("On a monthly basis, consumer prices rose by 0.6% in March, compared with a rise of 0.2% in March 2022.", "0.2%", "consumer price inflation month on month", TestName = "The_earlier_value_keeps_the_horizon")]
    [TestCase("Core inflation rose 4.1% year over year and 0.3% from the previous month.", "4.1%", "core inflation", TestName = "Year_over_year_is_the_unmarked_annual_rate")]
    [TestCase("Core inflation rose 4.1% year over year and 0.3% from the previous month.", "0.3%", "core inflation month on month", TestName = "From_the_previous_month_after_the_figure")]
    [TestCase("Consumer prices rose by 6.8% in the 12 months to March.", "6.8%", "consumer price inflation", TestName = "A_12_month_change_has_no_suffix")]
    [TestCase("GDP grew 0.8% quarter on quarter.", "0.8%", "gdp growth quarter on quarter", TestName = "Quarter_on_quarter")]
    [TestCase("The monthly rate of consumer price inflation was 0.5%.", "0.5%", "consumer price inflation month on month", TestName = "A_monthly_rate_is_read_by_its_word")]
    [TestCase("Retail prices increased 0.4 percent in June on a seasonally adjusted basis.", "0.4 percent", "retail prices growth month on month", TestName = "Seasonally_adjusted_in_a_month_is_month_on_month")]
    [TestCase("Output rose 1.2 percent in the third quarter of 2023, seasonally adjusted.", "1.2 percent", "output growth quarter on quarter", TestName = "Seasonally_adjusted_in_a_quarter_is_quarter_on_quarter")]
    public void The_horizon_of_a_change_is_part_of_its_metric(string sentence, string figure, string metric) =>
        Assert.That(ExtractionFixture.Single(sentence, figure).Metric, Is.EqualTo(metric));

    [Test]
    public void An_annual_marker_wins_over_seasonal_adjustment() =>
        Assert.That(ExtractionFixture.Single("Output rose 4.9 percent in the third quarter of 2023 from a year earlier, seasonally adjusted.", "4.9 percent").Metric,
            Is.EqualTo("output growth"));

    [Test]
    public void A_count_has_no_horizon() =>
        Assert.That(ExtractionFixture.Single("The city added 12,000 jobs on a monthly basis.", "12,000").Metric, Does.Not.Contain("month on month"));
}
