namespace ClaimsLedger.Tests.Fixtures;

/// <summary>
/// The three saved web pages: the stored text is the article a reader sees (checked against NAME.article.txt, written by
/// reading the page), none of the page furniture (cookie banner, navigation, related links, comments, footer) is in it
/// or produced a claim, the claims a careful reader finds are there, and the page's metadata made the document's.
/// </summary>
public class HtmlFixtureTests
{
    private static readonly object[] Pages =
    [
        new object[]
        {
            "gov-labour-market-statistics.html",
            new[] { "75.1%", "0.2 percentage points", "3.8%", "0.1 percentage points", "21.8%", "49,000", "932,000", "6.2%", "5.8%",
                "1.4%", "1.58 million", "14,000", "30.2 million", "35,000" },
            new[] { "Cookies on GOV.PV", "3 other sites", "Skip to main content", "Working, jobs and pensions", "Related content",
                "up 7% in 12 months", "State Pension: 4 things to know", "Is this page useful?", "Open Government Licence", "Crown copyright" },
        },
        new object[]
        {
            "news-harbour-expansion.html",
            new[] { "$2.4bn", "$2.4 billion", "1.2 million", "2.5 million", "6,000", "18.6 million tonnes", "4.3%", "$600 million", "$350 million" },
            new[] { "847 partners", "Advertisement", "Subscribe from 1 dollar a week", "Ferry strike", "Share on Facebook", "128 comments",
                "Photograph: Lena Ortiz", "Port authority profits rise 12%", "Sign up to Business Today", "More on this story",
                "record 1.3 million", "900 million", "fewer than 2,000", "Rents rise 9%", "40,000 more children", "All rights reserved" },
        },
        new object[]
        {
            "briefing-transcript.html",
            new[] { "1,240 kilometers", "980 kilometers", "21 percent", "24 percent", "3.6 billion dollars", "92 percent", "48,000", "15 percent" },
            new[] { "An official website", "Here's how you know", "Statements and Releases", "Skip to content", "Share this:",
                "500 km of resurfacing", "Press Briefing on Housing", "at most 2 emails a week", "30 days to respond", "1600 Harbour Avenue", "202-456-1414" },
        },
    ];

    [TestCaseSource(nameof(Pages))]
    public void The_stored_text_is_the_visible_article_without_page_furniture(string page, string[] figures, string[] furniture)
    {
        var (document, _, _) = InputFixtures.Ingest(page);

        Assert.That(document.Text.TrimEnd(), Is.EqualTo(InputFixtures.VisibleText(page)));
        foreach (var piece in furniture)
            Assert.That(document.Text, Does.Not.Contain(piece), piece);
    }

    [TestCaseSource(nameof(Pages))]
    public void The_claims_are_the_figures_of_the_article_and_none_comes_from_furniture(string page, string[] figures, string[] furniture)
    {
        var (document, claims, _) = InputFixtures.Ingest(page);

        Assert.That(claims.Select(c => c.Claim.Text), Is.EqualTo(figures));
        var visible = InputFixtures.VisibleText(page);
        foreach (var claim in claims)
        {
            var sentence = document.Text[claim.Claim.SentenceStart..claim.Claim.SentenceEnd];
            Assert.That(visible, Does.Contain(sentence));
            Assert.That(furniture.Where(f => sentence.Contains(f, StringComparison.Ordinal)), Is.Empty, sentence);
        }
    }

    [Test]
    public void Every_sentence_says_where_in_the_page_it_came_from()
    {
        var (document, claims, sentences) = InputFixtures.Ingest("gov-labour-market-statistics.html");

        Assert.That(sentences, Has.All.Matches<ClaimsLedger.Ledger.StoredSentence>(s => s.Location != null));
        Assert.That(sentences[0].Location, Is.EqualTo("title"));
        var unemployment = claims.Single(c => c.Claim.Text == "3.8%");
        var sentence = sentences.Single(s => s.Start == unemployment.Claim.SentenceStart);
        Assert.That(sentence.Location, Is.EqualTo("paragraph 4, /html/body/div[2]/main/div[3]/div[1]/div[1]/p[2]"));
        Assert.That((document.MediaType, document.OriginalSha256),
            Is.EqualTo(("text/html", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(InputFixtures.PathOf("gov-labour-market-statistics.html")))))));
    }

    [TestCase("gov-labour-market-statistics.html", "Labour market overview, Portville: February 2024", "2024-02-13", "GOV.PV", "Portville Statistics Office")]
    [TestCase("news-harbour-expansion.html", "Portville harbour expansion to cost $2.4bn, minister says", "2024-03-05", "The Portville Courier", "Tom Reyes")]
    [TestCase("briefing-transcript.html", "Press Briefing by Spokesperson Li Wenjun on Water Infrastructure", "2024-04-18", "Ministry of Public Works", null)]
    public void Title_date_source_and_author_come_from_the_page_metadata(string page, string title, string date, string source, string? author)
    {
        var (document, _, _) = InputFixtures.Ingest(page);

        Assert.That((document.Title, document.EventDate, document.PublishedDate, document.Source, document.Author),
            Is.EqualTo((title, (DateOnly?)DateOnly.Parse(date), (DateOnly?)DateOnly.Parse(date), source, author)));
    }
}
