using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

public class DocumentHeaderReaderTests
{
    [TestCase("Harbour authority briefing\nNingbo | 10 a.m. Aug. 19, 2022\n\nText.", "2022-08-19", TestName = "Dateline_with_time_and_dotted_month_abbreviation")]
    [TestCase("Port report\nJun 01, 2021\nShare:\n\nText.", "2021-06-01", TestName = "Abbreviated_month_with_zero_padded_day")]
    [TestCase("Briefing on rail freight | September 6, 2022\n\nText.", "2022-09-06", TestName = "Full_month_name_after_a_bar")]
    [TestCase("Rail freight\n2022-08-19\n\nText.", "2022-08-19", TestName = "Iso_date")]
    [TestCase("Rail freight\nPosted 19 August 2022\n", "2022-08-19", TestName = "Day_month_year")]
    [TestCase("Rail freight\nSept. 6, 2022\n", "2022-09-06", TestName = "Sept_with_dot")]
    [TestCase("Rail freight\nSept 6 2022\n", "2022-09-06", TestName = "Sept_without_dot_or_comma")]
    [TestCase("Home 2021 Delta Water Forum opens\n\nCity Wire Foshan, November 26, the forum opened today.", "2021-11-26", TestName = "Month_day_without_year_takes_the_year_of_the_title")]
    [TestCase("Water forum opens\n\nCity Wire Foshan, November 26, the 2019 Delta Water Forum opened.", "2019-11-26", TestName = "Month_day_without_year_takes_a_nearby_year")]
    [TestCase("Water forum\n\nThe forum on 3 March 2020 was followed on May 4, 2020 by another.", "2020-03-03", TestName = "First_date_of_the_head_is_the_event_date")]
    public void Reads_the_event_date(string text, string expected)
    {
        Assert.That(DocumentHeaderReader.Read(text).EventDate, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("Water forum\n\nNo dates here, only 1,850 pumps.", TestName = "No_date_gives_null")]
    [TestCase("Water forum\n\nCity Wire, November 26, the forum opened.", TestName = "Month_day_without_any_year_gives_null")]
    [TestCase("Water forum\n\nThe forum on February 30, 2022 opened.", TestName = "Impossible_date_gives_null")]
    [TestCase("Water forum\n\nIt may 4 times exceed the target.", TestName = "Lowercase_may_is_not_a_month")]
    public void Reads_no_event_date(string text)
    {
        Assert.That(DocumentHeaderReader.Read(text).EventDate, Is.Null);
    }

    [Test]
    public void Every_full_and_abbreviated_month_name_is_read_capitalised_and_in_capitals()
    {
        var months = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0)
            .Select((name, i) => (Number: i + 1, Name: name))
            .Concat(new[] { "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec" }
                .Select(a => (Number: DateTime.ParseExact(a[..3], "MMM", System.Globalization.CultureInfo.InvariantCulture).Month, Name: a)));
        foreach (var (number, name) in months)
        {
            foreach (var form in new[] { name, name.ToUpperInvariant() })
                Assert.That(DocumentHeaderReader.Read($"Water forum\n{form} 6, 2022\n").EventDate, Is.EqualTo(new DateOnly(2022, number, 6)), form);
        }
    }

    [TestCase("Water forum\nAug. 19, 2022\nPublished: 2022-08-20\n\nText.", "2022-08-19", "2022-08-20", TestName = "Published_line_after_the_dateline")]
    [TestCase("Water forum | Aug. 19, 2022\n\nText.\n\nAug. 21, 2022\n\nMore.", "2022-08-19", "2022-08-21", TestName = "Later_date_line_of_its_own")]
    [TestCase("Water forum\nPublished: Aug. 21, 2022\n\nThe forum met on Aug. 19, 2022.", "2022-08-19", "2022-08-21", TestName = "Publication_date_first_then_the_event")]
    public void Reads_the_publication_date(string text, string eventDate, string published)
    {
        var header = DocumentHeaderReader.Read(text);
        Assert.That(header.EventDate, Is.EqualTo(DateOnly.Parse(eventDate, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(header.PublishedDate, Is.EqualTo(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void A_later_date_inside_prose_is_not_a_publication_date()
    {
        var header = DocumentHeaderReader.Read("Water forum | Aug. 19, 2022\n\nThe pumps were ordered on May 4, 2021 and delivered later.");
        Assert.That(header.PublishedDate, Is.Null);
    }

    [TestCase("\n\n  Water forum opens  \nSecond line", "Water forum opens", TestName = "Title_is_the_first_non_empty_line_trimmed")]
    [TestCase("\u3111\u00A0 Water forum opens\n", "Water forum opens", TestName = "Leading_junk_symbols_are_stripped_from_the_title")]
    [TestCase("\u201COpen water\u201D forum\n", "\u201COpen water\u201D forum", TestName = "Opening_quote_is_kept_in_the_title")]
    public void Reads_the_title(string text, string expected)
    {
        Assert.That(DocumentHeaderReader.Read(text).Title, Is.EqualTo(expected));
    }

    [Test]
    public void Empty_text_has_no_title_and_no_dates()
    {
        Assert.That(DocumentHeaderReader.Read(" \n\n"), Is.EqualTo(new DocumentHeader(null, null, null)));
    }
}
