using System.Text.Json;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>`claims datasette-metadata`: Datasette's metadata.json from data/datasette-metadata.json, true to the ledger's schema.</summary>
public class DatasetteMetadataTests
{
    private static readonly string[] Views = ["claims_readable", "metric_summary", "compared_pairs", "conflicting_pairs"];

    private TempFolder folder = null!;
    private CliRunner claims = null!;
    private string db = null!;

    [SetUp]
    public void WriteLedger()
    {
        folder = new TempFolder();
        claims = new CliRunner(Path.Combine(RepositoryPaths.Root, "data"));
        db = folder.File("bridges.db");
        using var ledger = LedgerDatabase.Open(db);
        BridgesLedger.Write(ledger);
    }

    [TearDown]
    public void Delete() => folder.Dispose();

    [Test]
    public void The_metadata_names_the_database_after_the_file_and_describes_only_what_the_ledger_has()
    {
        var run = claims.Run("datasette-metadata", "--db", db, "--out", folder.File("metadata.json"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("datasette " + db + " --metadata " + folder.File("metadata.json")));
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("metadata.json")));
        var databases = json.RootElement.GetProperty("databases");
        Assert.That(databases.EnumerateObject().Select(d => d.Name), Is.EqualTo(new[] { "bridges" }));
        Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("ClaimsLedger"));

        using var connection = LedgerContents.OpenRaw(db);
        var described = databases.GetProperty("bridges").GetProperty("tables");
        foreach (var table in described.EnumerateObject())
        {
            var columns = connection.Query<string>("SELECT name FROM pragma_table_info(@table)", new { table = table.Name }).ToHashSet();
            Assert.That(columns, Is.Not.Empty, $"{table.Name}: no such table or view in the ledger");
            Assert.That(table.Value.GetProperty("description").GetString(), Is.Not.Empty, table.Name);
            var named = new List<string>();
            if (table.Value.TryGetProperty("columns", out var columnDescriptions))
                named.AddRange(columnDescriptions.EnumerateObject().Select(c => c.Name));
            if (table.Value.TryGetProperty("facets", out var facets))
                named.AddRange(facets.EnumerateArray().Select(f => f.GetString()!));
            if (table.Value.TryGetProperty("label_column", out var label))
                named.Add(label.GetString()!);
            Assert.That(columns, Is.SupersetOf(named.Distinct()), $"{table.Name}: describes a column it does not have");
        }
        foreach (var view in Views.Where(v => v != "conflicting_pairs")) // conflicting_pairs has compared_pairs' columns
        {
            var columns = connection.Query<string>("SELECT name FROM pragma_table_info(@view)", new { view });
            Assert.That(described.GetProperty(view).GetProperty("columns").EnumerateObject().Select(c => c.Name), Is.EquivalentTo(columns),
                $"{view}: every column described");
        }
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite%'");
        Assert.That(described.EnumerateObject().Select(t => t.Name), Is.EquivalentTo(tables), "every table and view described");
    }

    [Test]
    public void Without_out_the_metadata_goes_to_the_output_and_a_server_ledger_is_refused()
    {
        var run = claims.Run("datasette-metadata", "--db", db);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(JsonDocument.Parse(run.Output).RootElement.GetProperty("databases").GetProperty("bridges").GetProperty("tables")
            .GetProperty("claim_pairs").GetProperty("facets")[0].GetString(), Is.EqualTo("status"));

        var server = claims.Run("datasette-metadata", "--db", "postgresql://desk@ledger.invalid/claims");
        Assert.That((server.ExitCode, server.Output), Is.EqualTo((2, "")));
        Assert.That(server.Error, Does.Contain("Datasette reads SQLite files"));

        var missing = claims.Run("datasette-metadata", "--db", folder.File("none.db"));
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(File.Exists(folder.File("none.db")), Is.False);
    }

    [Test]
    public void A_template_that_is_not_json_is_a_one_line_error_naming_it()
    {
        folder.Write("data/datasette-metadata.json", "{\"tables\": ");
        var run = new CliRunner(folder.File("data")).Run("datasette-metadata", "--db", db);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith(folder.File("data/datasette-metadata.json") + ": not valid JSON"));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }
}
