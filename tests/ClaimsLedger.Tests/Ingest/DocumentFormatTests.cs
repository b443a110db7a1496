using System.Text;
using ClaimsLedger.Ingest;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ingest;

/// <summary>Which format a file is read as, and what the smaller formats make of their markup and metadata.</summary>
public class DocumentFormatTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void Create() => folder = new TempFolder();

    [TearDown]
    public void Delete() => folder.Dispose();

    private SourceReadResult Read(string name, string content) => SourceFileReader.Read(folder.Write(name, content));

    [TestCase("a.html", "<!DOCTYPE html><html><body><p>We built 120 bridges in the province last year, officials said on Monday.</p></body></html>", "text/html")]
    [TestCase("a.aspx", "\n  <!doctype HTML><html><body><p>We built 120 bridges in the province last year, officials said on Monday.</p></body></html>", "text/html")]
    [TestCase("a.txt", "<!DOCTYPE html><html><body><p>named .txt: read as text</p></body></html>", "text/plain")]
    [TestCase("a.md", "# Title\n\nWe built 120 bridges.", "text/markdown")]
    [TestCase("a", "We built 120 bridges.", "text/plain")]
    public void A_file_is_read_by_its_extension_and_else_by_its_content(string name, string content, string mediaType)
    {
        var read = Read(name, content);

        Assert.That((read.Error, read.MediaType), Is.EqualTo(((string?)null, mediaType)));
        Assert.That(read.OriginalSha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content)))));
    }

    [Test]
    public void Markdown_loses_its_markup_and_keeps_its_words_one_block_per_line()
    {
        var read = Read("a.md", """
            ---
            title: "Bridges briefing"
            date: 2024-05-02
            ---
            # The *bridges* programme

            - We built **120 bridges**, see [the report](https://example.org/r).
            - We hired `300` engineers.

            | Region | Bridges |
            |---|---|
            | North | 70 |

            <div class="note">raw HTML is not text</div>
            """);

        Assert.That(read.Text, Is.EqualTo("The bridges programme\n\nWe built 120 bridges, see the report.\n\nWe hired 300 engineers.\n\nRegion | Bridges\n\nNorth | 70\n"));
        Assert.That((read.Metadata.Title, read.Metadata.Published), Is.EqualTo(("Bridges briefing", (DateOnly?)new DateOnly(2024, 5, 2))));
        Assert.That(read.Blocks.Select(b => b.Location), Is.EqualTo(new[] { "line 5", "line 7", "line 8", "line 10", "line 12" }));
    }

    [TestCase("<meta property=\"article:published_time\" content=\"2024-03-05T23:30:00-05:00\">", "2024-03-05")]
    [TestCase("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-01-09\"}]}</script>", "2024-01-09")]
    [TestCase("", "2023-12-24")]
    public void A_page_publication_date_is_the_date_its_metadata_writes(string head, string date)
    {
        var read = Read("a.html", $"""
            <html><head><title>Bridges</title>{head}</head><body><article>
            <p><time datetime="2023-12-24T10:00:00Z">Christmas Eve</time></p>
            <p>We built 120 bridges in the province last year, officials said on Monday, and hired 300 engineers.</p>
            </article></body></html>
            """);

        Assert.That(read.Metadata.Published, Is.EqualTo(DateOnly.Parse(date)));
    }

    [Test]
    public void A_line_break_in_a_paragraph_ends_a_turn_and_a_page_title_heads_the_text()
    {
        var read = Read("a.html", """
            <html><head><title>Briefing on bridges</title><link rel="canonical" href="https://example.org/briefing"></head><body><article>
            <p>LI WEI: We built 120 bridges in the province last year.<br>REPORTER: How many engineers did you hire for the programme?</p>
            <p>LI WEI: We hired 300 engineers, most of them from the province's own universities and colleges.</p>
            </article></body></html>
            """);

        Assert.That(read.Text, Is.EqualTo("Briefing on bridges\n\nLI WEI: We built 120 bridges in the province last year.\n\n"
            + "REPORTER: How many engineers did you hire for the programme?\n\nLI WEI: We hired 300 engineers, most of them from the province's own universities and colleges.\n"));
        Assert.That(read.Metadata.Url, Is.EqualTo("https://example.org/briefing"));
    }
}
