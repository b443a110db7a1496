namespace ClaimsLedger.Tests.Extraction;

/// <summary>Fiscal years, and "a year earlier" read against the sentence's own time rather than the event date.</summary>
public class FiscalAndRelativePeriodTests
{
    private static (string?, string?) PeriodOf(string text, string figure)
    {
        var c = ExtractionFixture.Single(text, figure);
        return (c.PeriodStart?.ToString("yyyy-MM-dd"), c.PeriodEnd?.ToString("yyyy-MM-dd"));
    }

    [TestCase("In fiscal year 2021, the harbour handled 4.2 million containers.", "4.2 million", TestName = "Fiscal_year_before_the_figure")]
    [TestCase("The harbour handled 4.2 million containers in FY2021.", "4.2 million", TestName = "FY_glued_to_the_year")]
    [TestCase("Harbour income for FY21 was 310 million dollars.", "310 million dollars", TestName = "FY_with_two_digits")]
    [TestCase("In fiscal 2021, the harbour hired 1,800 dockers.", "1,800", TestName = "Fiscal_and_the_year")]
    public void A_fiscal_year_named_by_one_year_is_that_calendar_year(string text, string figure)
    {
        Assert.That(PeriodOf(text, figure), Is.EqualTo(("2021-01-01", "2021-12-31")));
    }

    [TestCase("The harbour handled 4.2 million containers in FY 2020-21.", TestName = "FY_split_year")]
    [TestCase("In the 2020-21 fiscal year, the harbour handled 4.2 million containers.", TestName = "Split_year_fiscal_year")]
    [TestCase("In fiscal year 2020/21, the harbour handled 4.2 million containers.", TestName = "Fiscal_year_with_a_slash")]
    public void A_split_fiscal_year_spans_both_calendar_years(string text)
    {
        Assert.That(PeriodOf(text, "4.2 million"), Is.EqualTo(("2020-01-01", "2021-12-31")));
    }

    [TestCase("The harbour handled 4.2 million containers in FY 2020-21.", TestName = "After_FY")]
    [TestCase("The 2018/19 season drew 64,000 visitors to the harbour.", TestName = "A_season")]
    public void The_second_year_of_a_split_year_is_not_a_figure(string text)
    {
        Assert.That(ExtractionFixture.Claims(text).Select(c => c.Value), Has.None.EqualTo(21).And.None.EqualTo(19));
    }

    [Test]
    public void An_earlier_value_a_year_earlier_is_a_year_before_the_sentences_own_period()
    {
        const string text = "In the second quarter of 2021, the vacancy rate was 4.4%, down from 6.3% a year earlier.";
        Assert.That(PeriodOf(text, "6.3%"), Is.EqualTo(("2020-04-01", "2020-06-30")));
        Assert.That(PeriodOf(text, "4.4%"), Is.EqualTo(("2021-04-01", "2021-06-30")));
    }

    [Test]
    public void An_earlier_value_a_year_ago_in_a_dated_year()
    {
        Assert.That(PeriodOf("In 2020, 58% of homes had fibre, up from 41% a year ago.", "41%"), Is.EqualTo(("2019-01-01", "2019-12-31")));
    }

    [Test]
    public void Without_a_time_of_its_own_a_year_earlier_counts_back_from_the_event_and_the_level_is_current()
    {
        const string text = "About 58% of homes have fibre, up from 41% a year earlier.";
        Assert.That(PeriodOf(text, "41%"), Is.EqualTo(("2022-03-14", "2022-03-14")));
        Assert.That(PeriodOf(text, "58%"), Is.EqualTo(("2023-03-14", "2023-03-14")));
    }

    [Test]
    public void The_same_period_last_year_is_a_comparison_base()
    {
        const string text = "In 2020, harbour traffic grew 7% compared with the same period last year.";
        Assert.That(PeriodOf(text, "7%"), Is.EqualTo(("2020-01-01", "2020-12-31")));
    }

    [Test]
    public void A_change_from_a_year_earlier_keeps_the_sentences_period()
    {
        const string text = "In the first half of 2020, tolls brought in 2 billion yuan, up 12% from a year earlier.";
        Assert.That(PeriodOf(text, "12%"), Is.EqualTo(("2020-01-01", "2020-06-30")));
    }
}
