using System.Text.Json;
using Dapper;
using System.Data.Common;

namespace ClaimsLedger.Ledger;

/// <summary>Metric names and the catalogue's aliases (data/metrics.json) that make queries find a metric by any of its names.</summary>
public sealed class MetricStore
{
    private readonly DbConnection connection;
    private readonly string upsertSql;

    internal MetricStore(DbConnection connection)
    {
        this.connection = connection;
        upsertSql = $"""
            INSERT INTO metric_aliases (alias, metric_name) VALUES (@Alias, @Metric)
            ON CONFLICT {LedgerDialect.Of(connection).NoCaseConflictTarget("alias")} DO UPDATE SET metric_name = excluded.metric_name
            """;
    }

    private sealed record CatalogueFile(List<CatalogueMetric>? Metrics);

    private sealed record CatalogueMetric(string? Name, List<string>? Aliases);

    /// <summary>Reads a catalogue file and records its aliases; writes only when they differ from the ledger's. Returns how many changed.</summary>
    /// <exception cref="LedgerException">The file is not a readable catalogue.</exception>
    public int ImportCatalogue(string cataloguePath)
    {
        const string ExistingSql = "SELECT alias, metric_name FROM metric_aliases";
        var wanted = ReadAliases(cataloguePath);
        var existing = connection.Query<(string Alias, string Metric)>(ExistingSql)
            .ToDictionary(r => r.Alias, r => r.Metric, StringComparer.OrdinalIgnoreCase);
        var changes = wanted.Where(w => !existing.TryGetValue(w.Key, out var metric) || metric != w.Value).ToList();
        if (changes.Count == 0)
            return 0;
        // Several processes opening a new ledger at once all import the catalogue: the upsert lets them.
        return LedgerTransactions.Write(connection, transaction =>
            connection.Execute(upsertSql, changes.Select(c => new { Alias = c.Key, Metric = c.Value }), transaction) > 0 ? changes.Count : 0);
    }

    private static Dictionary<string, string> ReadAliases(string cataloguePath)
    {
        CatalogueFile? catalogue;
        try
        {
            using var stream = File.OpenRead(cataloguePath);
            catalogue = JsonSerializer.Deserialize<CatalogueFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new LedgerException($"{cataloguePath}: cannot read the metric catalogue ({e.Message.Split('\n')[0]})", e);
        }
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var metric in catalogue?.Metrics ?? [])
        {
            if (string.IsNullOrWhiteSpace(metric.Name))
                continue;
            foreach (var alias in metric.Aliases ?? [])
            {
                if (!string.IsNullOrWhiteSpace(alias) && !alias.Equals(metric.Name, StringComparison.OrdinalIgnoreCase))
                    aliases[alias.Trim()] = metric.Name.Trim();
            }
        }
        return aliases;
    }
}
