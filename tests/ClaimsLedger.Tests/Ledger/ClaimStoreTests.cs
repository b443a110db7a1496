using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ledger;

public class ClaimStoreTests
{
    private LedgerDatabase ledger = null!;
    private TempFolder folder = null!;

    [SetUp]
    public void OpenLedger()
    {
        ledger = LedgerDatabase.Open(":memory:");
        folder = new TempFolder();
    }

    [TearDown]
    public void CloseLedger()
    {
        ledger.Dispose();
        folder.Dispose();
    }

    [Test]
    public void Metric_names_match_case_insensitively()
    {
        ledger.Documents.Save(TestDocuments.Extracted("We opened 40 Hospitals.\n"));

        Assert.That(ledger.Claims.Query("HOSPITALS").Select(c => c.Claim.Text), Is.EqualTo(new[] { "40" }));
    }

    [Test]
    public void A_metric_is_found_by_any_catalogue_name()
    {
        var catalogue = folder.Write("metrics.json",
            """{"metrics":[{"name":"internet users","unit":"count","aliases":["netizens","users"]}]}""");
        Assert.That(ledger.Metrics.ImportCatalogue(catalogue), Is.EqualTo(2));
        ledger.Documents.Save(TestDocuments.Extracted("China has 1000 netizens.\n", path: "/a.txt"));
        ledger.Documents.Save(TestDocuments.Extracted("There are 900 users.\n", path: "/b.txt"));

        Assert.That(ledger.Claims.Query("Internet Users").Select(c => c.Claim.Value), Is.EquivalentTo(new[] { 1000.0, 900.0 }));
        Assert.That(ledger.Claims.Query("netizens").Select(c => c.Claim.Value), Is.EquivalentTo(new[] { 1000.0, 900.0 }));
        Assert.That(ledger.Claims.Metrics().Select(m => (m.Name, m.Claims, m.Documents)), Is.EqualTo(new[] { ("internet users", 2, 2) }));
    }

    [Test]
    public void Importing_the_same_catalogue_twice_writes_nothing_the_second_time()
    {
        var catalogue = folder.Write("metrics.json", """{"metrics":[{"name":"internet users","aliases":["netizens"]}]}""");
        ledger.Metrics.ImportCatalogue(catalogue);

        Assert.That(ledger.Metrics.ImportCatalogue(catalogue), Is.Zero);
    }

    [Test]
    public void An_unreadable_catalogue_is_a_one_line_error_naming_the_file()
    {
        var catalogue = folder.Write("metrics.json", "{ not json");

        var error = Assert.Throws<LedgerException>(() => ledger.Metrics.ImportCatalogue(catalogue));

        Assert.That(error!.Message, Does.StartWith($"{catalogue}: cannot read the metric catalogue"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Claims_are_ordered_by_period_start_with_undated_last_then_by_event_date()
    {
        var early = TestDocuments.Extracted("We built 1 bridges.\n", path: "/1.txt", eventDate: new DateOnly(2020, 5, 1));
        var late = TestDocuments.Extracted("We built 2 bridges.\n", path: "/2.txt", eventDate: new DateOnly(2023, 1, 1));
        var undatedOld = TestDocuments.Extracted("We built 3 bridges.\n", path: "/3.txt", eventDate: new DateOnly(2019, 1, 1));
        var undatedNew = TestDocuments.Extracted("We built 4 bridges.\n", path: "/4.txt", eventDate: new DateOnly(2024, 1, 1));
        ledger.Documents.Save(late with { Claims = [late.Claims[0] with { PeriodStart = new DateOnly(2021, 1, 1) }] });
        ledger.Documents.Save(undatedNew);
        ledger.Documents.Save(early with { Claims = [early.Claims[0] with { PeriodStart = new DateOnly(2019, 1, 1) }] });
        ledger.Documents.Save(undatedOld);

        Assert.That(ledger.Claims.Query("bridges").Select(c => c.Claim.Value), Is.EqualTo(new[] { 1.0, 2.0, 3.0, 4.0 }));
    }

    [TestCase("bridges' OR '1'='1")]
    [TestCase("bridges\"; DROP TABLE claims; --")]
    [TestCase("%")]
    [TestCase("' UNION SELECT name FROM sqlite_master --")]
    public void Sql_injection_looking_metric_names_match_nothing(string metric)
    {
        ledger.Documents.Save(TestDocuments.Extracted("We built 120 bridges.\n"));

        Assert.That(ledger.Claims.Query(metric), Is.Empty);
        Assert.That(ledger.Claims.Query("bridges"), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_stored_claim_carries_its_sentence_document_and_event_date()
    {
        var text = "Minister:\nWe built 120 bridges. Exports reached 3.5 million tonnes.\n";
        ledger.Documents.Save(TestDocuments.Extracted(text, eventDate: new DateOnly(2022, 3, 1)));

        var claim = ledger.Claims.Query("tonnes").Single();

        Assert.That(claim.DocumentFile, Is.EqualTo("briefing.txt"));
        Assert.That(claim.Title, Is.EqualTo("Briefing"));
        Assert.That(claim.EventDate, Is.EqualTo(new DateOnly(2022, 3, 1)));
        Assert.That(claim.Sentence, Is.EqualTo("Exports reached 3.5 million tonnes."));
        Assert.That(claim.Claim.Text, Is.EqualTo("3.5 million"));
        Assert.That(claim.Claim.Value, Is.EqualTo(3_500_000.0));
        Assert.That(claim.Claim.Speaker, Is.EqualTo("Minister"));
        Assert.That(ledger.Claims.Get(claim.Id), Is.EqualTo(claim).Using<Model.StoredClaim>((a, b) => a.Id == b.Id && a.Claim == b.Claim));
    }

    [Test]
    public void Metrics_count_claims_documents_and_distinct_periods()
    {
        var a = TestDocuments.Extracted("We built 1 bridges. We built 2 bridges.\n", path: "/a.txt");
        ledger.Documents.Save(a with { Claims = [a.Claims[0] with { PeriodStart = new DateOnly(2020, 1, 1), PeriodEnd = new DateOnly(2020, 12, 31) }, a.Claims[1]] });
        ledger.Documents.Save(TestDocuments.Extracted("We built 3 bridges and 4 roads.\n", path: "/b.txt"));

        Assert.That(ledger.Claims.Metrics(), Is.EqualTo(new[] { new MetricSummary("bridges", 3, 2, 2), new MetricSummary("roads", 1, 1, 1) }));
    }
}
