namespace ClaimsLedger.Tests.Extraction;

/// <summary>Quarters and years of a fiscal calendar the document states ("the first quarter ended June 30").</summary>
public class FiscalPeriodTests
{
    private static readonly DateOnly Published = new(2023, 9, 1);

    private static (DateOnly?, DateOnly?) PeriodOf(string text, string figure)
    {
        var claim = ExtractionFixture.Claims(text, Published).Single(c => c.Text == figure);
        return (claim.PeriodStart, claim.PeriodEnd);
    }

    [Test]
    public void A_quarter_that_ends_on_the_last_day_of_a_month_starts_on_the_first_day_of_the_month_two_before()
    {
        var text = "Output grew in the first quarter ended June 30, 2023.\nSales reached 40.4 billion rupees in Q1 2023-24.\n";
        Assert.That(PeriodOf(text, "40.4 billion rupees"), Is.EqualTo(((DateOnly?)new DateOnly(2023, 4, 1), (DateOnly?)new DateOnly(2023, 6, 30))));
    }

    [Test]
    public void The_fourth_fiscal_quarter_is_the_one_the_document_reports()
    {
        var text = "Revenue for the fiscal 2023 fourth quarter ended September 30, 2023 was $89.5 billion.\n"
            + "In the third fiscal quarter of 2023, revenue was $81.8 billion.\n";
        Assert.That(PeriodOf(text, "$89.5 billion"), Is.EqualTo(((DateOnly?)new DateOnly(2023, 7, 1), (DateOnly?)new DateOnly(2023, 9, 30))));
        Assert.That(PeriodOf(text, "$81.8 billion"), Is.EqualTo(((DateOnly?)new DateOnly(2023, 4, 1), (DateOnly?)new DateOnly(2023, 6, 30))));
    }

    [Test]
    public void A_split_year_quarter_follows_the_fiscal_year_of_the_country_the_document_is_about()
    {
        var text = "India's farm output rises\nFarm output in Q2 2022-23 was Rs 6.4 lakh crore, and exports rose 3 percent in 2022.\n";
        Assert.That(PeriodOf(text, "Rs 6.4 lakh crore"), Is.EqualTo(((DateOnly?)new DateOnly(2022, 7, 1), (DateOnly?)new DateOnly(2022, 9, 30))));
        Assert.That(PeriodOf(text, "3 percent"), Is.EqualTo(((DateOnly?)new DateOnly(2022, 1, 1), (DateOnly?)new DateOnly(2022, 12, 31))),
            "a year named alone stays a calendar year");
    }

    [Test]
    public void A_split_year_of_a_country_whose_fiscal_year_is_the_calendar_year_spans_both_years()
    {
        var text = "Germany's rail freight\nRail freight in the 2022-23 fiscal year was 740 million tonnes.\n";
        Assert.That(PeriodOf(text, "740 million tonnes"), Is.EqualTo(((DateOnly?)new DateOnly(2022, 1, 1), (DateOnly?)new DateOnly(2023, 12, 31))));
    }

    [Test]
    public void Without_a_stated_calendar_a_numbered_quarter_is_a_calendar_quarter()
    {
        Assert.That(PeriodOf("Exports rose 6.1 percent in the second quarter of 2023.\n", "6.1 percent"),
            Is.EqualTo(((DateOnly?)new DateOnly(2023, 4, 1), (DateOnly?)new DateOnly(2023, 6, 30))));
    }
}
