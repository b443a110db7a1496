using ClaimsLedger.Model;
using Dapper;
using System.Data.Common;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Claims of current documents read as a stream, one metric after another, so that a million claims never sit in
/// memory at once. Rows come from one SQL reader walking the claims_metric index, metric by metric; document and metric fields are read
/// once per document and metric, not per row. Sentence text is left out (the export does not print it); what needs it
/// asks <see cref="WithSentences"/> for the few claims that do, reading each document's text once.
/// </summary>
public sealed class ClaimStream
{
    private readonly DbConnection connection;
    private readonly LedgerDialect dialect;
    private readonly Func<DbConnection?> connectReader;

    internal ClaimStream(DbConnection connection, Func<DbConnection?> connectReader)
    {
        this.connection = connection;
        dialect = LedgerDialect.Of(connection);
        this.connectReader = connectReader;
    }

    /// <summary>
    /// A reader of sentences with its own read-only connection to the ledger, so that sentences can be read on
    /// another thread while <see cref="MetricBlocks"/> streams (a document's text never changes once stored, so the two
    /// connections agree on it); null for an in-memory ledger, which has no second connection: use
    /// <see cref="WithSentences"/> on the thread that reads the blocks.
    /// </summary>
    public SentenceReader? OpenSentenceReader() => connectReader() is { } second ? new SentenceReader(second) : null;

    private sealed record DocumentFacts(string FileName, string? Title, DateOnly? EventDate, string? Source, string? Url, DateOnly? PublishedDate);

    /// <summary>
    /// Blocks of claims, one per metric key (the metric names <paramref name="metricKey"/> maps to one key, e.g. names
    /// differing only in case or spacing), keys in ordinal order; within a block by period start, then id. Only the
    /// metric (by name or catalogue alias) when <paramref name="metric"/> is given. <see cref="StoredClaim.Sentence"/> is
    /// empty in every claim.
    /// </summary>
    public IEnumerable<IReadOnlyList<StoredClaim>> MetricBlocks(string? metric, Func<string, string> metricKey)
    {
        var order = MetricOrder(metric, metricKey);
        if (order.Count == 0)
            yield break;
        var documents = Documents();
        var checks = CheckStore.Latest(connection);
        using var command = connection.CreateCommand();
        using (dialect.RankedIds(connection, command, order.Select(m => m.Id).ToList(), out var ranked))
        {
            command.CommandText = $"""
                SELECT o.rank, c.id, c.document_id, c.sentence_start, c.sentence_end, c.start, c."end", c.text, c.value, c.unit,
                       c.qualifier, c.low, c.high, c.metric_phrase, c.period_start, c.period_end, c.period_basis, c.speaker, c.basis,
                       c.qualifiers_text, c.subject, c.subject_text, c.subject_basis, c.source
                FROM {ranked} o
                {dialect.OrderedJoin} claims c ON c.metric_id = o.metric_id
                ORDER BY o.rank, c.period_start NULLS FIRST, c.id
                """;
            // Claims of superseded revisions are skipped here rather than by joining documents in SQL: a document row
            // holds its whole text, so reading its superseded_by for every claim walks the text's overflow pages.
            using var reader = command.ExecuteReader();
            var block = new List<StoredClaim>();
            string? blockKey = null;
            while (reader.Read())
            {
                if (!documents.TryGetValue(reader.GetInt64(2), out var document))
                    continue;
                var metricOf = order[reader.GetInt32(0)];
                if (metricOf.Key != blockKey && block.Count > 0)
                {
                    yield return block;
                    block = [];
                }
                blockKey = metricOf.Key;
                var claim = Read(reader, metricOf.Name, document);
                block.Add(checks.Count > 0 && checks.TryGetValue(claim.Id, out var check) ? claim with { Check = check } : claim);
            }
            if (block.Count > 0)
                yield return block;
        }
    }

    /// <summary>The same claims with <see cref="StoredClaim.Sentence"/> cut from their document's text (UTF-16 offsets), each document read once.</summary>
    public IReadOnlyList<StoredClaim> WithSentences(IEnumerable<StoredClaim> claims) => SentenceReader.WithSentences(connection, claims);

    /// <remarks>Every field is checked as it is read (see <see cref="StoredValues"/>): a tampered row is a one-line error naming the claim.</remarks>
    private static StoredClaim Read(DbDataReader r, string metricName, DocumentFacts document)
    {
        var id = r.GetInt64(1);
        var row = $"claim {id}";
        var claim = new Claim(StoredValues.Offset(r.GetValue(5), row, "start"), StoredValues.Offset(r.GetValue(6), row, "end"), r.GetString(7),
            StoredValues.Offset(r.GetValue(3), row, "sentence_start"), StoredValues.Offset(r.GetValue(4), row, "sentence_end"),
            StoredValues.Real(r.GetValue(8), row, "value"), Intern(r.GetString(9)), StoredValues.Qualifier(Text(r, 10), row),
            StoredValues.Bound(r.GetValue(11), double.NegativeInfinity, row, "low"), StoredValues.Bound(r.GetValue(12), double.PositiveInfinity, row, "high"),
            metricName, r.GetString(13), Date(r, 14, row, "period_start"), Date(r, 15, row, "period_end"), Text(r, 16), Text(r, 17), Text(r, 18))
        {
            QualifiersText = Text(r, 19),
            Subject = Text(r, 20), SubjectText = Text(r, 21), SubjectBasis = Text(r, 22), Source = Text(r, 23),
        };
        return new StoredClaim(id, r.GetInt64(2), document.FileName, document.Title, document.EventDate, "", claim)
        {
            Source = document.Source,
            Url = document.Url,
            PublishedDate = document.PublishedDate,
        };
    }

    private static string Intern(string unit) => string.IsInterned(unit) ?? unit;

    private static string? Text(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static DateOnly? Date(DbDataReader r, int column, string row, string name)
    {
        if (r.IsDBNull(column))
            return null;
        var text = r.GetString(column);
        return IsoTime.TryParseDateFast(text) ?? StoredValues.Date(text, row, name);
    }

    /// <summary>The metrics with claims (or the one asked for, with its aliases), ordered by key, then id.</summary>
    private List<(long Id, string Name, string Key)> MetricOrder(string? metric, Func<string, string> metricKey)
    {
        const string AllSql = "SELECT id, name FROM metrics";
        var oneSql = $"""
            {MetricQuery.WantedNames(dialect)}
            SELECT id, name FROM metrics WHERE {dialect.NoCase("name")} IN (SELECT {dialect.NoCase("name")} FROM wanted)
            """;
        return connection.Query<(long Id, string Name)>(metric is null ? AllSql : oneSql, new { metric })
            .Select(m => (m.Id, m.Name, Key: metricKey(m.Name)))
            .OrderBy(m => m.Key, StringComparer.Ordinal).ThenBy(m => m.Id)
            .ToList();
    }

    private Dictionary<long, DocumentFacts> Documents()
    {
        const string Sql = """
            SELECT id, file_name, title, event_date, source, url, published_date FROM documents WHERE superseded_by IS NULL
            """;
        return connection.Query<(long Id, string FileName, string? Title, string? EventDate, string? Source, string? Url, string? PublishedDate)>(Sql)
            .ToDictionary(d => d.Id, d => new DocumentFacts(d.FileName, d.Title, StoredValues.Date(d.EventDate, $"document {d.Id}", "event_date"),
                d.Source, d.Url, StoredValues.Date(d.PublishedDate, $"document {d.Id}", "published_date")));
    }
}
