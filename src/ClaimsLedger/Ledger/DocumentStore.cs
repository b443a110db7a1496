using ClaimsLedger.Comparison;
using ClaimsLedger.Model;
using Dapper;
using System.Data.Common;

namespace ClaimsLedger.Ledger;

/// <summary>Documents and their sentences. <see cref="Save"/> stores a whole extracted document in one transaction.</summary>
public sealed class DocumentStore
{
    private readonly DbConnection connection;
    private readonly LedgerDialect dialect;
    private readonly TimeProvider clock;
    private readonly RowInserter rows;
    private readonly CopiedSubjects copiedSubjects;

    // Metric ids already committed by this connection, by exact name: metrics are never deleted or renamed.
    private readonly Dictionary<string, long> committedMetricIds = new(StringComparer.Ordinal);

    internal DocumentStore(DbConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        dialect = LedgerDialect.Of(connection);
        this.clock = clock;
        rows = new RowInserter(connection);
        copiedSubjects = new CopiedSubjects(connection);
    }

    private sealed record CurrentRow(long Id, string Sha256, long Revision, string Path);

    private sealed class DocumentRow
    {
        public long Id { get; init; }
        public string Path { get; init; } = "";
        public string FileName { get; init; } = "";
        public string? Title { get; init; }
        public string? Source { get; init; }
        public string? EventDate { get; init; }
        public string? PublishedDate { get; init; }
        public string Sha256 { get; init; } = "";
        public string Text { get; init; } = "";
        public string IngestedAt { get; init; } = "";
        public long Revision { get; init; }
        public long? SupersededBy { get; init; }
        public string? OriginalSha256 { get; init; }
        public string? MediaType { get; init; }
        public string? Author { get; init; }
        public string? Url { get; init; }

        public StoredDocument ToDocument() => new(Id, Path, FileName, Title, Source, StoredValues.Date(EventDate, $"document {Id}", "event_date"),
            StoredValues.Date(PublishedDate, $"document {Id}", "published_date"), Sha256, Text, IngestedAt, checked((int)Revision), SupersededBy)
        {
            OriginalSha256 = OriginalSha256,
            MediaType = MediaType,
            Author = Author,
            Url = Url,
        };
    }

    /// <summary>
    /// The document that makes saving this content at this path a no-op: the current revision of the path when it has
    /// this content, or, for a path not seen before, any current document with this content. Null when saving would write.
    /// </summary>
    public SaveOutcome? FindSame(string path, string sha256, DbTransaction? transaction = null)
    {
        const string CurrentAtPathSql = """
            SELECT id, sha256, revision, path FROM documents WHERE path = @path AND superseded_by IS NULL
            """;
        const string CurrentWithShaSql = """
            SELECT id, sha256, revision, path FROM documents WHERE sha256 = @sha256 AND superseded_by IS NULL ORDER BY id LIMIT 1
            """;
        var current = connection.QuerySingleOrDefault<CurrentRow>(CurrentAtPathSql, new { path }, transaction);
        var same = current is null ? connection.QuerySingleOrDefault<CurrentRow>(CurrentWithShaSql, new { sha256 }, transaction)
            : current.Sha256 == sha256 ? current : null;
        return same is null ? null : new SaveOutcome(SaveStatus.Unchanged, same.Id, checked((int)same.Revision), 0, null, same.Path);
    }

    /// <summary>
    /// Stores the document, its sentences and claims, all or nothing. Same content as the current revision of its path
    /// (or, for a new path, as any current document) is a no-op; changed content at a known path becomes a new revision.
    /// Claims must already be valid for the text (offsets inside it, text equal to the span). A transaction that a
    /// concurrent writer made fail is run again (<see cref="LedgerTransactions"/>): it then sees what that writer stored.
    /// In the same transaction, subjects copied from republished sentences (<see cref="CopiedSubjects"/>) are worked out
    /// again for this document and every current one sharing a sentence with it or with the revision it supersedes.
    /// </summary>
    public SaveOutcome Save(ExtractedDocument extracted)
    {
        var metricIds = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase); // metrics.name is NOCASE too
        var outcome = LedgerTransactions.Write(connection, transaction =>
        {
            metricIds.Clear();
            return Save(extracted, transaction, metricIds);
        });
        foreach (var (name, metricId) in metricIds)
            committedMetricIds.TryAdd(name, metricId); // only once committed: a rolled-back id must not be reused
        return outcome;
    }

    private SaveOutcome Save(ExtractedDocument extracted, DbTransaction transaction, Dictionary<string, long> metricIds)
    {
        const string CurrentAtPathSql = """
            SELECT id, sha256, revision, path FROM documents WHERE path = @Path AND superseded_by IS NULL
            """;
        const string NextRevisionSql = "SELECT coalesce(max(revision), 0) + 1 FROM documents WHERE path = @Path";
        const string InsertSql = """
            INSERT INTO documents (path, file_name, title, source, event_date, published_date, sha256, text, ingested_at, revision,
                                   url, original_sha256, media_type, author)
            VALUES (@Path, @FileName, @Title, @Source, @EventDate, @PublishedDate, @Sha256, @Text, @IngestedAt, @Revision,
                    @Url, @OriginalSha256, @MediaType, @Author)
            RETURNING id
            """;
        const string SupersedeSql = "UPDATE documents SET superseded_by = @NewId WHERE id = @OldId";

        var document = extracted.Document;
        // The duplicate checks and the insert see the same ledger even with a concurrent ingest: SQLite's writer holds
        // the file; a PostgreSQL writer holds the locks of this path and this content (UNIQUE (path, revision) backs it).
        dialect.LockDocument(connection, transaction, document.Path, document.Sha256);
        var same = FindSame(document.Path, document.Sha256, transaction);
        if (same is not null)
            return same;
        var current = connection.QuerySingleOrDefault<CurrentRow>(CurrentAtPathSql, new { document.Path }, transaction);

        var revision = connection.ExecuteScalar<long>(NextRevisionSql, new { document.Path }, transaction);
        var id = connection.ExecuteScalar<long>(InsertSql, new
        {
            document.Path,
            document.FileName,
            document.Title,
            document.Source,
            EventDate = IsoTime.Format(document.EventDate),
            PublishedDate = IsoTime.Format(document.PublishedDate),
            document.Sha256,
            document.Text,
            IngestedAt = IsoTime.Format(clock.GetUtcNow()),
            Revision = revision,
            document.Url,
            document.OriginalSha256,
            document.MediaType,
            document.Author,
        }, transaction);
        if (current is not null)
            connection.Execute(SupersedeSql, new { NewId = id, OldId = current.Id }, transaction);

        AddContent(id, extracted, transaction, metricIds);
        copiedSubjects.Begin(transaction);
        copiedSubjects.Refresh(id, current is null ? [] : copiedSubjects.SharingWith(current.Id, transaction), transaction);
        return new SaveOutcome(current is null ? SaveStatus.Added : SaveStatus.Revised, id, checked((int)revision),
            extracted.Claims.Count, current?.Id, null);
    }

    /// <summary>The document's sentences and claims, and their counts on its row.</summary>
    private void AddContent(long id, ExtractedDocument extracted, DbTransaction transaction, Dictionary<string, long> metricIds)
    {
        const string CountsSql = "UPDATE documents SET sentence_count = @Sentences, claim_count = @Claims WHERE id = @Id";
        var codePoints = new CodePointOffsets(extracted.Document.Text);
        var sentenceIds = AddSentences(id, extracted, codePoints, transaction);
        foreach (var claim in extracted.Claims)
        {
            if (!metricIds.TryGetValue(claim.Metric, out var metricId)
                && !committedMetricIds.TryGetValue(claim.Metric, out metricId))
                metricIds[claim.Metric] = metricId = rows.MetricId(transaction, claim.Metric);
            var sentence = extracted.Document.Text[claim.SentenceStart..claim.SentenceEnd];
            rows.AddClaim(transaction, id, sentenceIds[(claim.SentenceStart, claim.SentenceEnd)], metricId, claim, codePoints,
                SentenceFingerprint.HashOf(sentence));
        }

        connection.Execute(CountsSql, new { Id = id, Sentences = sentenceIds.Count, Claims = extracted.Claims.Count }, transaction);
    }

    /// <summary>
    /// Replaces the sentences and claims of a stored document by those of a new extraction of its own text, all or nothing;
    /// the document row (its id, revision and provenance) stays. Fact-checks move to the new claim of the same figure
    /// (same offsets); when a checked figure is no longer a claim, nothing changes and the outcome says why. Compared
    /// pairs of its old claims are dropped (`claims conflicts --store` compares again). Copied subjects are worked out again
    /// as <see cref="Save(ExtractedDocument)"/> does, for the documents sharing a sentence with its old claims or its new ones.
    /// </summary>
    public ReplaceOutcome Replace(long documentId, ExtractedDocument extracted)
    {
        var metricIds = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var outcome = LedgerTransactions.Write(connection, transaction =>
        {
            metricIds.Clear();
            return Replace(documentId, extracted, transaction, metricIds);
        });
        if (outcome.Replaced)
        {
            foreach (var (name, metricId) in metricIds)
                committedMetricIds.TryAdd(name, metricId);
        }
        return outcome;
    }

    private ReplaceOutcome Replace(long documentId, ExtractedDocument extracted, DbTransaction transaction, Dictionary<string, long> metricIds)
    {
        const string ChecksSql = """
            SELECT ch.id AS Id, c.start AS Start, c."end" AS "End", ch.verdict AS Verdict, ch.note AS Note, ch.url AS Url,
                   ch.checked_by AS CheckedBy, ch.checked_at AS CheckedAt
            FROM checks ch JOIN claims c ON c.id = ch.claim_id WHERE c.document_id = @documentId ORDER BY ch.id
            """;
        const string CountSql = "SELECT count(*) FROM claims WHERE document_id = @documentId";
        const string DeleteClaimsSql = "DELETE FROM claims WHERE document_id = @documentId";
        const string DeleteSentencesSql = "DELETE FROM sentences WHERE document_id = @documentId";
        const string NewClaimsSql = """SELECT id AS Id, start AS Start, "end" AS "End" FROM claims WHERE document_id = @documentId""";
        const string InsertCheckSql = """
            INSERT INTO checks (id, claim_id, verdict, note, url, checked_by, checked_at)
            VALUES (@Id, @ClaimId, @Verdict, @Note, @Url, @CheckedBy, @CheckedAt)
            """;

        var checks = connection.Query<CheckRow>(ChecksSql, new { documentId }, transaction).ToList();
        var figures = extracted.Claims.Select(c => ((long)c.Start, (long)c.End)).ToHashSet();
        var lost = checks.Count(c => !figures.Contains((c.Start, c.End)));
        var before = connection.ExecuteScalar<long>(CountSql, new { documentId }, transaction);
        if (lost > 0)
            return new ReplaceOutcome(false, before, extracted.Claims.Count, $"{lost} fact-check(s) are of figures the current extractor no longer reads");

        copiedSubjects.Begin(transaction);
        var sharedBefore = copiedSubjects.SharingWith(documentId, transaction);
        connection.Execute(DeleteClaimsSql, new { documentId }, transaction); // their pairs and checks go with them
        connection.Execute(DeleteSentencesSql, new { documentId }, transaction);
        AddContent(documentId, extracted, transaction, metricIds);
        copiedSubjects.Refresh(documentId, sharedBefore, transaction);
        var newIds = connection.Query<(long Id, long Start, long End)>(NewClaimsSql, new { documentId }, transaction)
            .GroupBy(c => (c.Start, c.End)).ToDictionary(g => g.Key, g => g.Min(c => c.Id));
        foreach (var check in checks)
            connection.Execute(InsertCheckSql, check with { ClaimId = newIds[(check.Start, check.End)] }, transaction);
        return new ReplaceOutcome(true, before, extracted.Claims.Count, null);
    }

    private sealed record CheckRow(long Id, long Start, long End, string Verdict, string? Note, string? Url, string? CheckedBy, string CheckedAt)
    {
        public long ClaimId { get; init; }
    }

    /// <summary>
    /// Inserts the sentences, plus the span of any claim whose sentence the extractor did not list, each with where in the
    /// original it starts (the document's block holding its first character).
    /// </summary>
    private Dictionary<(int Start, int End), long> AddSentences(long documentId, ExtractedDocument extracted, CodePointOffsets codePoints,
        DbTransaction transaction)
    {
        var ids = new Dictionary<(int, int), long>();
        var spans = extracted.Sentences.Select(s => (s.Start, s.End, s.Speaker))
            .Concat(extracted.Claims.Select(c => (Start: c.SentenceStart, End: c.SentenceEnd, c.Speaker)));
        foreach (var (start, end, speaker) in spans)
        {
            if (ids.ContainsKey((start, end)))
                continue;
            ids[(start, end)] = rows.AddSentence(transaction, documentId, start, end, speaker, codePoints,
                TextBlock.At(extracted.Document.Blocks, start));
        }
        return ids;
    }

    public StoredDocument? Get(long id)
    {
        const string Sql = """
            SELECT id, path, file_name, title, source, event_date, published_date, sha256, text, ingested_at, revision, superseded_by,
                   url, original_sha256, media_type, author
            FROM documents WHERE id = @id
            """;
        return connection.QuerySingleOrDefault<DocumentRow>(Sql, new { id })?.ToDocument();
    }

    public IReadOnlyList<StoredSentence> GetSentences(long documentId)
    {
        const string Sql = """
            SELECT id AS Id, document_id AS DocumentId, start AS Start, "end" AS "End", speaker AS Speaker, location AS Location
            FROM sentences WHERE document_id = @documentId ORDER BY start, "end"
            """;
        return connection.Query<(long Id, long DocumentId, long Start, long End, string? Speaker, string? Location)>(Sql, new { documentId })
            .Select(r => new StoredSentence(r.Id, r.DocumentId, checked((int)r.Start), checked((int)r.End), r.Speaker) { Location = r.Location })
            .ToList();
    }

    /// <summary>The ids of the current documents (the latest revision of each path), oldest first.</summary>
    public IReadOnlyList<long> CurrentIds() =>
        connection.Query<long>("SELECT id FROM documents WHERE superseded_by IS NULL ORDER BY id").ToList();

    /// <summary>Counts of documents: all revisions, and the current ones.</summary>
    public (long All, long Current) Count()
    {
        const string Sql = "SELECT count(*), count(*) FILTER (WHERE superseded_by IS NULL) FROM documents";
        return connection.QuerySingle<(long, long)>(Sql);
    }
}
