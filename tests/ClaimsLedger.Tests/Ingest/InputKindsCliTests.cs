using System.Security.Cryptography;
using System.Text;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ingest;

/// <summary>`claims ingest` on the input kinds besides text files: standard input, folders of mixed formats, --metadata.</summary>
public class InputKindsCliTests : CliLedgerTest
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Bridges briefing</title>
        <meta property="article:published_time" content="2024-05-02T08:00:00+02:00"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News: 9 stories</a></nav>
        <article><h1>Bridges briefing</h1>
        <p>The ministry said on Thursday that the country built 120 bridges last year, more than in any year since records began in 1950.</p>
        <p>It also said that 300 engineers were hired for the programme, which will run for at least another five years in every region.</p>
        </article><footer>Copyright 2024, 4 rights reserved</footer></body></html>
        """;

    [Test]
    public void Standard_input_is_one_document_recorded_as_stdin_and_its_hash_and_the_same_input_again_is_a_no_op()
    {
        var bytes = Encoding.UTF8.GetBytes("Briefing\nWe built 120 bridges.\n");
        Claims.StandardInput = bytes;

        var first = Claims.Run("ingest", "-", "--db", Db, "--title", "Pasted", "--event-date", "2024-03-01", "--source", "desk");
        var again = Claims.Run("ingest", "-", "--db", Db, "--title", "Pasted", "--event-date", "2024-03-01");

        var path = $"stdin:{Convert.ToHexStringLower(SHA256.HashData(bytes))}";
        Assert.That(first.Output, Does.StartWith($"added      -: document 1, 1 claims\n"), first.Error);
        Assert.That(again.Output, Does.StartWith("unchanged  -: already in the ledger as document 1; nothing written\n"));
        using var ledger = LedgerDatabase.Open(Db);
        var document = ledger.Documents.Get(1)!;
        Assert.That((document.Path, document.FileName, document.Title, document.Source, document.EventDate, document.MediaType),
            Is.EqualTo((path, path, "Pasted", "desk", (DateOnly?)new DateOnly(2024, 3, 1), "text/plain")));
    }

    [Test]
    public void A_web_page_on_standard_input_is_read_as_a_web_page()
    {
        Claims.StandardInput = Encoding.UTF8.GetBytes(Page);

        var result = Claims.Run("ingest", "-", "--db", Db);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        using var ledger = LedgerDatabase.Open(Db);
        var document = ledger.Documents.Get(1)!;
        Assert.That((document.MediaType, document.Title, document.EventDate), Is.EqualTo(("text/html", "Bridges briefing", (DateOnly?)new DateOnly(2024, 5, 2))));
        Assert.That(document.Text, Does.Not.Contain("9 stories").And.Not.Contain("rights reserved"));
    }

    [Test]
    public void Empty_standard_input_is_a_one_line_error()
    {
        var result = Claims.Run("ingest", "-", "--db", Db);

        Assert.That(result.Output, Does.StartWith("failed     standard input: empty\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void A_folder_takes_every_format_by_extension_or_content_and_counts_what_it_skips()
    {
        Folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges.\n");
        Folder.Write("in/b.html", Page);
        Folder.Write("in/c.md", "# Notes\n\nWe opened **40 schools** and [3 hospitals](https://example.org).\n");
        Folder.Write("in/d.aspx", Page);
        Folder.WriteBytes("in/e.png", AwkwardFiles.Png);
        Folder.Write("in/f.json", "{\"bridges\": 120}");
        Folder.Write("in/README.md", "These files were saved on 3 May.\n");

        var result = Claims.Run("ingest", Folder.File("in"), "--db", Db);

        Assert.That(result.Output.Split('\n'), Does.Contain($"skipped    {Folder.File("in/README.md")}: a README, not a document")
            .And.Contain($"skipped    {Folder.File("in/e.png")}: not a format ingest reads (PNG image)")
            .And.Contain($"skipped    {Folder.File("in/f.json")}: not a format ingest reads (by its name or content)"));
        Assert.That(result.Output, Does.EndWith("documents added: 3 (new revisions: 0), unchanged: 1, skipped: 3, failed: 0; claims added: 5\n"));
        using var ledger = LedgerDatabase.Open(Db);
        Assert.That(ledger.Documents.Get(3)!.Text, Is.EqualTo("Notes\n\nWe opened 40 schools and 3 hospitals.\n"));
    }

    [Test]
    public void Show_says_where_in_the_original_page_the_sentence_came_from()
    {
        var path = Folder.Write("page.html", Page);
        Claims.Run("ingest", path, "--db", Db);

        var shown = Claims.Run("show", "1", "--db", Db).Output;

        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        Assert.That(shown, Does.Contain($"  original  text/html, sha256 {sha}\n"));
        Assert.That(shown, Does.Contain(", from paragraph 1, /html/body/article/p[1] of the original\n"));
        Assert.That(shown, Does.Contain("  > The ministry said on Thursday that the country built [[120]] bridges last year"));
    }

    [Test]
    public void A_changed_page_at_the_same_path_is_a_new_revision_and_the_same_page_again_is_a_no_op()
    {
        var path = Folder.Write("page.html", Page);
        Claims.Run("ingest", path, "--db", Db);
        var same = Claims.Run("ingest", path, "--db", Db);
        Folder.Write("page.html", Page.Replace("120 bridges", "125 bridges"));

        var changed = Claims.Run("ingest", path, "--db", Db);

        Assert.That(same.Output, Does.StartWith($"unchanged  {path}: already in the ledger as document 1"));
        Assert.That(changed.Output, Does.StartWith($"revised    {path}: document 2"));
        Assert.That(Claims.Run("verify", "--db", Db).ExitCode, Is.Zero);
    }

    [Test]
    public void Metadata_rows_give_each_file_its_title_dates_source_and_url_and_win_over_the_page()
    {
        Folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges.\n");
        Folder.Write("in/b.html", Page);
        var table = Folder.Write("in/meta.csv", """
            file,title,event_date,published,source,url
            a.txt,"Briefing on bridges, part A",2024-01-10,2024-01-11,Ministry,https://example.org/a
            b.html,,2024-02-01,,Courier,
            """);

        var result = Claims.Run("ingest", Folder.File("in"), "--db", Db, "--metadata", table);

        Assert.That(result.Output, Does.EndWith("documents added: 2 (new revisions: 0), unchanged: 0, failed: 0; claims added: 3\n"), result.Error);
        using var ledger = LedgerDatabase.Open(Db);
        var (a, b) = (ledger.Documents.Get(1)!, ledger.Documents.Get(2)!);
        Assert.That((a.Title, a.EventDate, a.PublishedDate, a.Source), Is.EqualTo(("Briefing on bridges, part A",
            (DateOnly?)new DateOnly(2024, 1, 10), (DateOnly?)new DateOnly(2024, 1, 11), "Ministry")));
        Assert.That((b.Title, b.EventDate, b.PublishedDate, b.Source), Is.EqualTo(("Bridges briefing",
            (DateOnly?)new DateOnly(2024, 2, 1), (DateOnly?)new DateOnly(2024, 5, 2), "Courier")));
        var options = new ClaimsLedger.Ingest.IngestOptions(Metadata: ClaimsLedger.Ingest.MetadataTable.Load(table));
        var prepared = new ClaimsLedger.Ingest.IngestPipeline(ledger, Claims.Extractor).Prepare(Folder.File("in/a.txt"), options, ClaimsLedger.Ingest.KnownContent.None);
        Assert.That(prepared.Document!.Url, Is.EqualTo("https://example.org/a"));
    }

    [Test]
    public void The_metadata_file_is_left_out_of_its_folder_however_the_folder_is_written()
    {
        Folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges.\n");
        var table = Folder.Write("in/meta.csv", "file,event_date\na.txt,2024-01-10\n");

        var result = Claims.Run("ingest", Path.Combine(Folder.File("in"), "..", "in"), "--db", Db, "--metadata", table);

        Assert.That(result.Output, Does.Not.Contain("meta.csv"));
        Assert.That(result.Output, Does.EndWith("documents added: 1 (new revisions: 0), unchanged: 0, failed: 0; claims added: 1\n"), result.Error);
    }

    [TestCase("file\ttitle\nmissing.txt\tX\n", "meta.tsv, line 2: no such file 'missing.txt'")]
    [TestCase("file\tevent_date\na.txt\t3 March 2024\n", "meta.tsv, line 2: event_date '3 March 2024' is not a date like 2023-03-03")]
    [TestCase("file\tpublished\na.txt\t2024-02-30\n", "meta.tsv, line 2: published '2024-02-30' is not a date like 2023-03-03")]
    [TestCase("file\ttitel\na.txt\tX\n", "meta.tsv: unknown column 'titel' (columns: file, title, event_date, published, source, url)")]
    [TestCase("title\nX\n", "meta.tsv: no 'file' column")]
    public void A_bad_metadata_file_is_a_one_line_error_before_anything_is_written(string table, string error)
    {
        Folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges.\n");
        var path = Folder.Write("in/meta.tsv", table);

        var result = Claims.Run("ingest", Folder.File("in"), "--db", Db, "--metadata", path);

        Assert.That(result.Error, Is.EqualTo($"{Folder.File("in/")}{error}\n"));
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(File.Exists(Db), Is.False);
    }
}
