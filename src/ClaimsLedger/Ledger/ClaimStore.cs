using ClaimsLedger.Model;
using Dapper;
using System.Data.Common;

namespace ClaimsLedger.Ledger;

/// <summary>Claims: written by <see cref="DocumentStore.Save"/>, read back with their document and sentence.</summary>
public sealed class ClaimStore
{
    private readonly DbConnection connection;
    private readonly string metricSql;
    private readonly string metricsSql;

    internal ClaimStore(DbConnection connection)
    {
        this.connection = connection;
        var dialect = LedgerDialect.Of(connection);
        metricSql = $"""
            {MetricQuery.WantedNames(dialect)}
            {SelectSql}
            WHERE m.id IN (SELECT id FROM metrics WHERE {dialect.NoCase("name")} IN (SELECT {dialect.NoCase("name")} FROM wanted))
              AND (@includeSuperseded OR d.superseded_by IS NULL)
            {OrderSql}
            """;
        // Names differing only in case are one metric, named by the first of them in code-point order.
        metricsSql = $"""
            SELECT name, claims, documents, periods FROM (
                SELECT min({dialect.Binary("coalesce(a.metric_name, m.name)")}) AS name,
                       count(*) AS claims,
                       count(DISTINCT c.document_id) AS documents,
                       count(DISTINCT coalesce(c.period_start, '') || '/' || coalesce(c.period_end, '')) AS periods
                FROM claims c
                JOIN documents d ON d.id = c.document_id AND d.superseded_by IS NULL
                JOIN metrics m ON m.id = c.metric_id
                LEFT JOIN metric_aliases a ON {dialect.NoCase("a.alias")} = {dialect.NoCase("m.name")}
                GROUP BY {dialect.NoCase("coalesce(a.metric_name, m.name)")}
            ) summary
            ORDER BY claims DESC, {dialect.NoCase("name")}
            """;
    }

    // Every read of a claim joins its document, sentence and metric the same way.
    private const string SelectSql = """
        SELECT c.id, c.document_id, d.file_name AS document_file, d.title, d.event_date, d.source, d.url, d.published_date,
               s.start AS sentence_start, s."end" AS sentence_end,
               c.start, c."end", c.text, c.value, c.unit, c.qualifier, c.low, c.high, m.name AS metric, c.metric_phrase,
               c.period_start, c.period_end, c.period_basis, c.speaker, c.basis, c.qualifiers_text,
               c.subject, c.subject_text, c.subject_basis, c.source AS claim_source
        FROM claims c
        JOIN documents d ON d.id = c.document_id
        JOIN sentences s ON s.id = c.sentence_id
        JOIN metrics m ON m.id = c.metric_id
        """;

    private const string OrderSql = """
        ORDER BY c.period_start IS NULL, c.period_start, d.event_date IS NULL, d.event_date, c.id
        """;

    /// <summary>
    /// The order of <see cref="Query"/> (<c>OrderSql</c>) for claims already read: period start (undated last), event
    /// date (none last), id. Dates compare as their ISO text does.
    /// </summary>
    public static IComparer<StoredClaim> ListingOrder { get; } = Comparer<StoredClaim>.Create((x, y) =>
    {
        var byPeriod = CompareNullLast(x.Claim.PeriodStart, y.Claim.PeriodStart);
        if (byPeriod != 0) return byPeriod;
        var byEvent = CompareNullLast(x.EventDate, y.EventDate);
        return byEvent != 0 ? byEvent : x.Id.CompareTo(y.Id);
    });

    private static int CompareNullLast(DateOnly? x, DateOnly? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (a, b) => a.Value.CompareTo(b.Value),
    };

    private sealed class ClaimRow
    {
        public long Id { get; init; }
        public long DocumentId { get; init; }
        public string DocumentFile { get; init; } = "";
        public string? Title { get; init; }
        public string? EventDate { get; init; }
        public string? Source { get; init; }
        public string? Url { get; init; }
        public string? PublishedDate { get; init; }
        public long SentenceStart { get; init; }
        public long SentenceEnd { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Text { get; init; } = "";
        public object? Value { get; init; } // object, not double: a row tampered to hold text is reported, not a Dapper crash
        public string Unit { get; init; } = "";
        public string Qualifier { get; init; } = "";
        public object? Low { get; init; }
        public object? High { get; init; }
        public string Metric { get; init; } = "";
        public string MetricPhrase { get; init; } = "";
        public string? PeriodStart { get; init; }
        public string? PeriodEnd { get; init; }
        public string? PeriodBasis { get; init; }
        public string? Speaker { get; init; }
        public string? Basis { get; init; }
        public string? Subject { get; init; }
        public string? SubjectText { get; init; }
        public string? SubjectBasis { get; init; }
        public string? ClaimSource { get; init; }
        public string? QualifiersText { get; init; }

        public StoredClaim ToStoredClaim(string documentText)
        {
            var row = $"claim {Id}";
            int sentenceStart = StoredValues.Offset(SentenceStart, row, "sentence start"), sentenceEnd = StoredValues.Offset(SentenceEnd, row, "sentence end");
            var claim = new Claim(StoredValues.Offset(Start, row, "start"), StoredValues.Offset(End, row, "end"), Text, sentenceStart, sentenceEnd,
                StoredValues.Real(Value, row, "value"), Unit, StoredValues.Qualifier(Qualifier, row),
                StoredValues.Bound(Low, double.NegativeInfinity, row, "low"), StoredValues.Bound(High, double.PositiveInfinity, row, "high"),
                Metric, MetricPhrase, StoredValues.Date(PeriodStart, row, "period_start"), StoredValues.Date(PeriodEnd, row, "period_end"),
                PeriodBasis, Speaker, Basis)
            {
                QualifiersText = QualifiersText,
                Subject = Subject, SubjectText = SubjectText, SubjectBasis = SubjectBasis, Source = ClaimSource,
            };
            var sentence = sentenceStart <= sentenceEnd && sentenceEnd <= documentText.Length ? documentText[sentenceStart..sentenceEnd] : "";
            var document = $"document {DocumentId}";
            return new StoredClaim(Id, DocumentId, DocumentFile, Title, StoredValues.Date(EventDate, document, "event_date"), sentence, claim)
            {
                Source = Source,
                Url = Url,
                PublishedDate = StoredValues.Date(PublishedDate, document, "published_date"),
            };
        }
    }

    /// <summary>
    /// Claims of one metric (by name or catalogue alias, any case), or all claims when <paramref name="metric"/> is null;
    /// ordered by period start (undated last), then event date. Claims of superseded revisions only when asked.
    /// </summary>
    public IReadOnlyList<StoredClaim> Query(string? metric, bool includeSuperseded = false)
    {
        const string AllSql = $"""
            {SelectSql}
            WHERE (@includeSuperseded OR d.superseded_by IS NULL)
            {OrderSql}
            """;
        var sql = metric is null ? AllSql : metricSql;
        return WithSentences(connection.Query<ClaimRow>(sql, new { metric, includeSuperseded }));
    }

    /// <summary>One claim by id, whether or not its document is superseded.</summary>
    public StoredClaim? Get(long id)
    {
        const string Sql = $"{SelectSql} WHERE c.id = @id";
        var stored = WithSentences(connection.Query<ClaimRow>(Sql, new { id })).SingleOrDefault();
        return stored is null ? null : stored with { Check = CheckStore.LatestOf(connection, id) };
    }

    // Sentence text is cut in C# (UTF-16 offsets; SQLite's substr counts code points), reading each document's text once.
    private List<StoredClaim> WithSentences(IEnumerable<ClaimRow> rows)
    {
        const string TextSql = "SELECT text FROM documents WHERE id = @id";
        var texts = new Dictionary<long, string>();
        var claims = new List<StoredClaim>();
        foreach (var row in rows)
        {
            if (!texts.TryGetValue(row.DocumentId, out var text))
                texts[row.DocumentId] = text = connection.ExecuteScalar<string>(TextSql, new { id = row.DocumentId }) ?? "";
            claims.Add(row.ToStoredClaim(text));
        }
        return claims;
    }

    /// <summary>Every metric with claims in current documents, aliases folded into their catalogue name, most claimed first.</summary>
    public IReadOnlyList<MetricSummary> Metrics()
    {
        return connection.Query<(string Name, long Claims, long Documents, long Periods)>(metricsSql)
            .Select(r => new MetricSummary(r.Name, checked((int)r.Claims), checked((int)r.Documents), checked((int)r.Periods)))
            .ToList();
    }
}
