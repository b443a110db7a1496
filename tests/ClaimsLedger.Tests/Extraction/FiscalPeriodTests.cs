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
    public void Without_a_stated_calendar_a_numbered_quarter_is_a_calendar_quarter()
    {
        Assert.That(PeriodOf("Exports rose 6.1 percent in the second quarter of 2023.\n", "6.1 percent"),
            Is.EqualTo(((DateOnly?)new DateOnly(2023, 4, 1), (DateOnly?)new DateOnly(2023, 6, 30))));
    }
}
