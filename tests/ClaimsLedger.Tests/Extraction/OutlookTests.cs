namespace ClaimsLedger.Tests.Extraction;

/// <summary>A forecast, a consensus estimate or a target is its own series, never the outcome it is compared with.</summary>
public class OutlookTests
{
    [TestCase("GDP grew 2.9% in the fourth quarter, beating expectations of 1.8%.", "2.9%", "gdp growth", TestName = "The_outcome_keeps_its_metric")]
    [TestCase("GDP grew 2.9% in the fourth quarter, beating expectations of 1.8%.", "1.8%", "gdp growth forecast", TestName = "Expectations_of_N_forecast_the_figure_before")]
    [TestCase("GDP growth was projected at 6.5 percent for the year.", "6.5 percent", "gdp growth forecast", TestName = "Projected_makes_a_forecast")]
    [TestCase("Analysts had expected revenue of $12.4 billion and net income of $3.1 billion.", "$3.1 billion", "net income forecast", TestName = "A_list_after_expected_is_all_forecast")]
    [TestCase("Growth slowed to 3 percent, below the 5.5 percent growth target.", "5.5 percent", "growth target", TestName = "A_target_after_the_figure")]
    [TestCase("Growth slowed to 3 percent, below the 5.5 percent growth target.", "3 percent", "growth", TestName = "The_outcome_beside_a_target_is_no_target")]
    public void An_expectation_is_a_series_of_its_own(string sentence, string figure, string metric) =>
        Assert.That(ExtractionFixture.Single(sentence, figure).Metric, Is.EqualTo(metric));

    [Test]
    public void A_statistics_office_estimate_is_an_outcome() =>
        Assert.That(ExtractionFixture.Single("Nominal GDP is estimated at Rs 70.67 lakh crore.", "Rs 70.67 lakh crore").Metric,
            Does.Not.EndWith("forecast"));
}
