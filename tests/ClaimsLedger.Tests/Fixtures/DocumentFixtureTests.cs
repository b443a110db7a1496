using System.Text.RegularExpressions;

namespace ClaimsLedger.Tests.Fixtures;

/// <summary>
/// The two PDF releases and the Word statement: the stored text is what a reader sees in the body (checked against
/// NAME.article.txt), without running headers, footers or page numbers (PDF) or the page header and footer (Word);
/// words hyphenated at line ends are whole again; every sentence names its page or paragraph; the claims a careful
/// reader finds are there, and nothing else is claimed but the known false positives listed here.
/// </summary>
public class DocumentFixtureTests
{
    /// <summary>Figures the extractor reports that are not claims: parts of phone numbers, a span of years.</summary>
    private static readonly string[] PhoneNumberParts = ["020", "7946", "0000", "0999", "0123"];

    private static readonly object[] Documents =
    [
        new object[]
        {
            "consumer-prices-bulletin.pdf",
            new[] { "3.2%", "3.4%", "4.2%", "4.5%", "0.6%", "0.8%", "4.0%", "8.1%", "5.0%", "19.2%", "1.9%", "8.4%", "2.5%", "3.0", "145.3", "0.3",
                "8.9%", "5.1%", "10.5%", "21.9%", "60%", "3.9%", "2.6%", "3.5%", "0.3 percentage points", "1.03 percentage points",
                "0.58 percentage points", "0.46 percentage points", "0.31 percentage points", "2.9%", "6.0%", "180,000", "730" },
            new[] { "two" },
            new[] { "Statistical bulletin", "Page 1", "Page 2", "Page 3" },
        },
        new object[]
        {
            "housing-press-release.pdf",
            new[] { "214,000", "6%", "58,400", "21,700", "9%", "168,000", "1 million", "640,000", "104,000", "109,000", "3.2 billion dollars",
                "1.5 billion dollars", "11%", "38,900", "7,300", "16", "19", "310" },
            (string[])["15", .. PhoneNumberParts],
            new[] { "12 Quay Street", "press@housing.gov.pv", "1/2", "2/2" },
        },
        new object[]
        {
            "health-waiting-times-statement.docx",
            new[] { "412,000", "426,000", "half", "2,500", "6,100", "1.1 million" },
            PhoneNumberParts,
            new[] { "OFFICIAL - FOR PUBLICATION", "5 Harbour Road", "Page 1", "An earlier draft said 1.3 million" },
        },
    ];

    [TestCaseSource(nameof(Documents))]
    public void The_stored_text_is_the_body_without_running_headers_footers_or_page_numbers(string name, string[] claims, string[] notClaims, string[] furniture)
    {
        var (document, _, _) = InputFixtures.Ingest(name);

        Assert.That(document.Text.TrimEnd(), Is.EqualTo(InputFixtures.VisibleText(name)));
        foreach (var piece in furniture)
            Assert.That(document.Text, Does.Not.Contain(piece), piece);
        Assert.That(Regex.Matches(document.Text, @"\p{Ll}- \p{Ll}"), Is.Empty, "a word hyphenated at a line end left apart");
    }

    [TestCaseSource(nameof(Documents))]
    public void The_claims_of_a_careful_reader_are_found_and_none_comes_from_furniture(string name, string[] claims, string[] notClaims, string[] furniture)
    {
        var (document, found, _) = InputFixtures.Ingest(name);

        var figures = found.Select(c => c.Claim.Text).ToList();
        Assert.That(figures, Is.SupersetOf(claims));
        Assert.That(figures.Except(claims), Is.SubsetOf(notClaims));
        foreach (var claim in found)
        {
            var sentence = document.Text[claim.Claim.SentenceStart..claim.Claim.SentenceEnd];
            Assert.That(furniture.Where(f => sentence.Contains(f, StringComparison.Ordinal)), Is.Empty, sentence);
        }
    }

    [TestCase("consumer-prices-bulletin.pdf", "excludes energy", "the annual rate", "over the period", "contributed 1.03", "reflecting discounting", "in the basket")]
    [TestCase("housing-press-release.pdf", "higher interest rates", "temporary accommodation", "Affordable Homes Programme", "records began", "next release")]
    public void Words_hyphenated_at_the_end_of_a_line_are_joined(string name, params string[] joined)
    {
        var (document, _, _) = InputFixtures.Ingest(name);

        Assert.That(joined.Where(w => !document.Text.Contains(w, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void A_pdf_sentence_names_its_page_and_a_paragraph_cut_by_a_page_break_is_one()
    {
        var (document, claims, sentences) = InputFixtures.Ingest("consumer-prices-bulletin.pdf");

        Assert.That(sentences.Select(s => s.Location).Distinct(), Is.EqualTo(new[] { "page 1", "page 2", "page 3" }));
        Assert.That(sentences.Single(s => s.Start == claims.Single(c => c.Claim.Text == "180,000").Claim.SentenceStart).Location, Is.EqualTo("page 3"));
        Assert.That(document.Text, Does.Contain("so that the index measures pure price change"));
        Assert.That(Regex.Matches(document.Text, "Portville Statistics Office"), Has.Count.EqualTo(1), "the author line stays, the footer goes");
        Assert.That((document.MediaType, document.Title, document.PublishedDate),
            Is.EqualTo(("application/pdf", "Consumer price inflation, Portville: March 2024", (DateOnly?)new DateOnly(2024, 4, 17))));
    }

    [Test]
    public void A_pdf_table_is_read_row_by_row()
    {
        var (document, _, _) = InputFixtures.Ingest("consumer-prices-bulletin.pdf");

        Assert.That(document.Text, Does.Contain("Region | February 2024 | March 2024\n\nNorthern Province | 4.1% | 3.9%\n\nCoastal Province | 3.5% | 3.5%"));
    }

    [Test]
    public void A_press_release_takes_its_headline_as_title_and_its_release_date()
    {
        var (document, _, _) = InputFixtures.Ingest("housing-press-release.pdf");

        Assert.That((document.Title, document.EventDate), Is.EqualTo(("New homes completed at highest level for 15 years", (DateOnly?)new DateOnly(2024, 5, 9))));
    }

    [Test]
    public void A_word_table_is_rows_of_cells_and_paragraphs_are_numbered()
    {
        var (document, claims, sentences) = InputFixtures.Ingest("health-waiting-times-statement.docx");

        Assert.That(document.Text, Does.Contain("Region | Patients waiting | Change since January\n\nNorthern Province | 151,000 | -4.1%"));
        Assert.That((document.Title, document.Author, document.EventDate),
            Is.EqualTo(("Hospital waiting times fall for third month", "Ministry of Health press office", (DateOnly?)new DateOnly(2024, 6, 3))));
        var quote = claims.Single(c => c.Claim.Text == "2,500");
        Assert.That(sentences.Single(s => s.Start == quote.Claim.SentenceStart).Location, Is.EqualTo("paragraph 5"));
        Assert.That(sentences.Select(s => s.Location), Does.Contain("table 1, row 2"));
    }
}
