namespace ClaimsLedger.Tests.Extraction;

/// <summary>Times of compared values, fiscal calendars stated by their calendar quarter, and relative fiscal years.</summary>
public class ComparedPeriodTests
{
    private static (DateOnly?, DateOnly?, string?) PeriodOf(string text, string figure, DateOnly? eventDate = null)
    {
        var c = ExtractionFixture.Claims(text, eventDate).Single(x => x.Text == figure);
        return (c.PeriodStart, c.PeriodEnd, c.PeriodBasis);
    }

    private static (DateOnly?, DateOnly?) Days(string text, string figure, DateOnly? eventDate = null)
    {
        var (s, e, _) = PeriodOf(text, figure, eventDate);
        return (s, e);
    }

    private static (DateOnly?, DateOnly?) Span(int y1, int m1, int d1, int y2, int m2, int d2) => (new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

    [Test]
    public void A_compared_value_with_its_own_months_keeps_them_before_a_year_ago_value()
    {
        var text = "Exports from the port rose 4.2 per cent in July-September 2023, as against 3.3 per cent in April-June, while 9.9 per cent in the year-ago quarter.";
        Assert.Multiple(() =>
        {
            Assert.That(Days(text, "3.3 per cent", new DateOnly(2023, 11, 20)), Is.EqualTo(Span(2023, 4, 1, 2023, 6, 30)));
            Assert.That(Days(text, "9.9 per cent", new DateOnly(2023, 11, 20)), Is.EqualTo(Span(2022, 7, 1, 2022, 9, 30)));
        });
    }

    [Test]
    public void On_a_YoY_basis_names_a_horizon_not_a_year_ago_value()
    {
        var text = "Freight volumes grew 6.4 per cent in October-December 2022 as against 5.0 per cent in July-September 2022, while rail traffic posted growth of 2.2 per cent on a YoY basis.";
        Assert.That(Days(text, "2.2 per cent", new DateOnly(2023, 2, 28)).Item2?.Year, Is.EqualTo(2022));
    }

    [Test]
    public void A_time_after_the_compared_values_is_theirs_only()
    {
        var text = "For the full year, the brewer sold 88.1 million hectolitres, up from 84.6 million hectolitres for 2020.";
        Assert.Multiple(() =>
        {
            Assert.That(PeriodOf(text, "84.6 million", new DateOnly(2021, 3, 1)).Item1, Is.EqualTo(new DateOnly(2020, 1, 1)));
            Assert.That(PeriodOf(text, "88.1 million", new DateOnly(2021, 3, 1)).Item1, Is.Not.EqualTo(new DateOnly(2020, 1, 1)));
        });
    }

    [Test]
    public void A_fiscal_quarter_stated_as_a_calendar_quarter_sets_the_fiscal_calendar()
    {
        var text = "The chipmaker reported results for the second fiscal quarter of 2024, which corresponds to the fourth calendar quarter of 2023.\n"
            + "For the quarter, revenue was $6.2 billion.\n"
            + "For the full fiscal year, it expects revenue of $25 billion, compared with $23.6 billion for fiscal 2023.\n";
        var said = new DateOnly(2024, 1, 30);
        Assert.Multiple(() =>
        {
            Assert.That(Days(text, "$6.2 billion", said), Is.EqualTo(Span(2023, 10, 1, 2023, 12, 31)));
            Assert.That(Days(text, "$25 billion", said), Is.EqualTo(Span(2023, 7, 1, 2024, 6, 30)));
            Assert.That(Days(text, "$23.6 billion", said), Is.EqualTo(Span(2022, 7, 1, 2023, 6, 30)));
        });
    }
}

/// <summary>Fiscal years written with two-digit years ("Q2FY21-22") and named relative to the present.</summary>
public class RelativeFiscalPeriodTests
{
    private static (DateOnly?, DateOnly?) Days(string text, string figure, DateOnly eventDate)
    {
        var c = ExtractionFixture.Claims(text, eventDate).Single(x => x.Text == figure);
        return (c.PeriodStart, c.PeriodEnd);
    }

    private static (DateOnly?, DateOnly?) Span(int y1, int m1, int d1, int y2, int m2, int d2) => (new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

    [Test]
    public void A_two_digit_split_fiscal_year_is_read_like_a_four_digit_one()
    {
        var text = "India's steel output\nSteel output stood at 31.2 million tonnes in Q2FY21-22, and at 29 million tonnes in the first quarter of FY 21-22.\n";
        var said = new DateOnly(2022, 2, 10);
        Assert.Multiple(() =>
        {
            Assert.That(Days(text, "31.2 million tonnes", said), Is.EqualTo(Span(2021, 7, 1, 2021, 9, 30)));
            Assert.That(Days(text, "29 million tonnes", said), Is.EqualTo(Span(2021, 4, 1, 2021, 6, 30)));
        });
    }

    [Test]
    public void The_previous_financial_year_is_the_one_before_the_one_the_event_falls_in()
    {
        var text = "India's coal imports\nCoal imports in the third quarter of the previous financial year were 48 million tonnes, and 162 million tonnes in the last financial year.\n";
        var said = new DateOnly(2024, 5, 20);
        Assert.Multiple(() =>
        {
            Assert.That(Days(text, "48 million tonnes", said), Is.EqualTo(Span(2023, 10, 1, 2023, 12, 31)));
            Assert.That(Days(text, "162 million tonnes", said), Is.EqualTo(Span(2023, 4, 1, 2024, 3, 31)));
        });
    }

    [Test]
    public void A_date_restated_in_brackets_is_read_from_its_exact_words()
    {
        var text = "India's exports\nExports grew 4.4 percent in the last quarter (Q4 FY23-24).\n";
        Assert.That(Days(text, "4.4 percent", new DateOnly(2024, 8, 30)), Is.EqualTo(Span(2024, 1, 1, 2024, 3, 31)));
    }
}

/// <summary>List items under a heading that names a period, and 52/53-week fiscal calendars.</summary>
public class HeadedListPeriodTests
{
    private static (DateOnly?, DateOnly?) Days(string text, string figure, DateOnly eventDate)
    {
        var c = ExtractionFixture.Claims(text, eventDate).Single(x => x.Text == figure);
        return (c.PeriodStart, c.PeriodEnd);
    }

    private static (DateOnly?, DateOnly?) Span(int y1, int m1, int d1, int y2, int m2, int d2) => (new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

    private const string Text = "The toolmaker reported results for its fiscal 2021 fourth quarter ended September 25, 2021.\n\n"
        + "Quarterly revenue by region:\n\n• Europe: $3.1 billion (vs. $2.9 billion YoY)\n\n"
        + "Full-year revenue by region:\n\n• Europe: $12.4 billion (vs. $11.8 billion in 2020)\n\n";

    [Test]
    public void A_heading_that_names_a_period_dates_the_items_under_it()
    {
        var said = new DateOnly(2021, 10, 20);
        Assert.Multiple(() =>
        {
            Assert.That(Days(Text, "$3.1 billion", said), Is.EqualTo(Span(2021, 6, 27, 2021, 9, 25)), "the document's quarter, 13 weeks");
            Assert.That(Days(Text, "$2.9 billion", said), Is.EqualTo(Span(2020, 6, 28, 2020, 9, 26)), "52 weeks earlier");
            Assert.That(Days(Text, "$12.4 billion", said), Is.EqualTo(Span(2020, 9, 27, 2021, 9, 25)), "its fiscal year, ending on the last Saturday of its month");
            Assert.That(Days(Text, "$11.8 billion", said), Is.EqualTo(Span(2019, 9, 29, 2020, 9, 26)), "a bare year is its fiscal year");
        });
    }

    [Test]
    public void A_line_that_is_neither_heading_nor_item_ends_the_list()
    {
        var text = Text + "Europe grew to $12.9 billion in sales.\n";
        Assert.That(Days(text, "$12.9 billion", new DateOnly(2021, 10, 20)), Is.Not.EqualTo(Span(2020, 9, 27, 2021, 9, 25)));
    }
}
