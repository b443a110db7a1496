namespace ClaimsLedger.Ledger;

/// <summary>The SQL that finds a metric by any of its names, shared by the readers of claims.</summary>
internal static class MetricQuery
{
    /// <summary>
    /// A WITH clause defining wanted (name): the metric asked for (@metric), folded to its catalogue name, then that
    /// name and all its aliases; names compare case-insensitively.
    /// </summary>
    public static string WantedNames(LedgerDialect dialect) => $"""
        WITH canonical (name) AS (
            SELECT coalesce((SELECT metric_name FROM metric_aliases WHERE {dialect.NoCase("alias")} = {dialect.NoCase("@metric")}), @metric)
        ),
        wanted (name) AS (
            SELECT name FROM canonical
            UNION SELECT alias FROM metric_aliases WHERE {dialect.NoCase("metric_name")} = (SELECT {dialect.NoCase("name")} FROM canonical)
        )
        """;
}
