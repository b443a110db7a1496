using System.Text.Json;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>`claims check`: verdicts kept with their history, shown by show and export, published as schema.org ClaimReview.</summary>
public class VerdictTests : CliLedgerTest
{
    protected override string MetricCatalogue => """{"metrics":[]}""";

    [SetUp]
    public void IngestBriefing()
    {
        Folder.Write("in/briefing.txt", "Bridges briefing\nMinister Li:\nWe built 120 bridges. We hired 300 engineers.\n");
        Assert.That(Claims.Run("ingest", Folder.File("in"), "--db", Db, "--event-date", "2022-09-06", "--source", "Ministry",
            "--url", "https://example.org/briefing").ExitCode, Is.Zero);
    }

    [Test]
    public void A_check_is_recorded_with_its_history_and_the_latest_verdict_shows_in_show_and_export()
    {
        Assert.That(Claims.Run("check", "1", "--db", Db, "--verdict", "false", "--note", "The register lists 112.").Output,
            Is.EqualTo("claim 1: false (check 1)\n"));
        var second = Claims.Run("check", "1", "--db", Db, "--verdict", "misleading", "--note", "112 finished, 8 under way",
            "--by", "Desk", "--url", "https://example.org/check/1");
        Assert.That(second.Output, Is.EqualTo("claim 1: misleading (check 2, 2 checks of this claim)\n"));

        var show = Claims.Run("show", "1", "--db", Db).Output;
        Assert.That(show, Does.Match(@"  verdict   misleading \(\d{4}-\d\d-\d\dT[^,]+, by Desk\): 112 finished, 8 under way https://example.org/check/1\n"));
        Assert.That(show, Does.Match(@"  earlier   false \([^)]+\): The register lists 112\.\n"));
        Assert.That(show.IndexOf("verdict   misleading", StringComparison.Ordinal), Is.LessThan(show.IndexOf("earlier", StringComparison.Ordinal)));

        var rows = Claims.Run("export", "--db", Db, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.That(rows.Select(r => r.GetProperty("verdict").ValueKind == JsonValueKind.Null ? null : r.GetProperty("verdict").GetString()),
            Is.EqualTo(new[] { "misleading", null }));
    }

    [Test]
    public void Checking_a_claim_not_in_the_ledger_or_with_an_unknown_verdict_fails_and_writes_nothing()
    {
        var missing = Claims.Run("check", "99", "--db", Db, "--verdict", "true");
        Assert.That((missing.ExitCode, missing.Error), Is.EqualTo((2, "claim 99: not in the ledger\n")));
        Assert.That(Claims.Run("check", "1", "--db", Db, "--verdict", "mostly").ExitCode, Is.EqualTo(1).Or.EqualTo(2));
        Assert.That(Claims.Run("export", "--db", Db, "--format", "claimreview").Output.Trim(), Is.EqualTo("[]"));
    }

    [Test]
    public void Claimreview_export_is_schema_org_json_ld_of_the_checked_claims_with_the_figure_kept()
    {
        Claims.Run("check", "2", "--db", Db, "--verdict", "true", "--note", "Payroll shows 300.", "--by", "Desk", "--url", "https://example.org/c/2");

        using var json = JsonDocument.Parse(Claims.Run("export", "--db", Db, "--format", "claimreview").Output);
        var review = json.RootElement.EnumerateArray().Single();

        Assert.That(review.GetProperty("@type").GetString(), Is.EqualTo("ClaimReview"));
        Assert.That(review.GetProperty("claimReviewed").GetString(), Is.EqualTo("We hired 300 engineers."));
        var item = review.GetProperty("itemReviewed");
        Assert.That(item.GetProperty("author").GetProperty("name").GetString(), Is.EqualTo("Minister Li"));
        Assert.That(item.GetProperty("datePublished").GetString(), Is.EqualTo("2022-09-06"));
        Assert.That(item.GetProperty("appearance").GetProperty("url").GetString(), Is.EqualTo("https://example.org/briefing"));
        var figure = item.GetProperty("about")[0];
        Assert.That((figure.GetProperty("value").GetDouble(), figure.GetProperty("unitText").GetString(), figure.GetProperty("minValue").GetDouble()),
            Is.EqualTo((300.0, "count", 300.0)));
        Assert.That(review.GetProperty("reviewRating").GetProperty("alternateName").GetString(), Is.EqualTo("True"));
        Assert.That(review.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32(), Is.EqualTo(3));
        AssertUsesOnlySchemaOrgTerms(review, null);
    }

    /// <summary>Every @type is a schema.org type of the list, and every property is one schema.org allows on the object's type.</summary>
    private static void AssertUsesOnlySchemaOrgTerms(JsonElement node, string? path)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                    AssertUsesOnlySchemaOrgTerms(item, path);
                break;
            case JsonValueKind.Object:
                var type = node.GetProperty("@type").GetString()!;
                Assert.That(Vocabulary.Value.ContainsKey(type), Is.True, $"{path}: {type} is not a schema.org type of the list");
                foreach (var property in node.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
                {
                    Assert.That(AllowedOn(type, property.Name), Is.True, $"{path}.{property.Name}: not a property of schema.org {type}");
                    AssertUsesOnlySchemaOrgTerms(property.Value, $"{path}.{property.Name}");
                }
                break;
        }
    }

    private static bool AllowedOn(string type, string property)
    {
        for (string? t = type; t is not null; t = Vocabulary.Value[t].Parent)
            if (Vocabulary.Value[t].Properties.Contains(property))
                return true;
        return false;
    }

    private static readonly Lazy<Dictionary<string, (string? Parent, HashSet<string> Properties)>> Vocabulary = new(() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "ClaimsLedger.Tests", "Newsroom", "schemaorg-terms.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .ToDictionary(
                parts => parts[0].Split('<')[0].Trim(),
                parts => (parts[0].Contains('<') ? parts[0].Split('<')[1].Trim() : (string?)null,
                    parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet())));
}
