using System.Data.Common;
using ClaimsLedger.Comparison;
using Dapper;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Keeps the subjects claims copy from republished sentences (<see cref="SubjectCopyRule"/>) true to the current
/// documents, inside the transaction that stores or replaces a document: its own claims, and those of every current
/// document that shares a sentence with it now or did before, are worked out again. Copied subjects are marked by
/// claims.subject_copied_from; a subject read from a claim's own document is never touched. On PostgreSQL one writer at
/// a time does this (an advisory lock held to its commit), so two copies ingested at once still see each other.
/// </summary>
internal sealed class CopiedSubjects(DbConnection connection)
{
    private readonly LedgerDialect dialect = LedgerDialect.Of(connection);

    // Rows are read into settable properties, not constructors: SQLite types an expression column by its first value,
    // so a query without rows would not match a constructor's signature.
    private sealed class ClaimRow
    {
        public long Id { get; init; }
        public string? SentenceFingerprint { get; init; }
        public long SentenceStart { get; init; }
        public long SentenceEnd { get; init; }
    }

    private sealed class SourceRow
    {
        public string Fingerprint { get; init; } = "";
        public string Subject { get; init; } = "";
        public string? SubjectText { get; init; }
        public long DocumentId { get; init; }
        public string DocumentName { get; init; } = "";

        public SubjectSource ToSource() => new(Fingerprint, Subject, SubjectText, DocumentId, DocumentName);
    }

    /// <summary>
    /// Waits for any other writer of copied subjects, then fills the sentence fingerprints that rows stored before
    /// migration 0008 lack (SQL cannot compute them). Call before reading fingerprints in a write transaction.
    /// </summary>
    public void Begin(DbTransaction transaction)
    {
        const string DocumentsSql = "SELECT DISTINCT document_id FROM claims WHERE sentence_fingerprint IS NULL";
        const string ClaimsSql = """
            SELECT c.id AS Id, c.sentence_fingerprint AS SentenceFingerprint, s.start AS SentenceStart, s."end" AS SentenceEnd
            FROM claims c JOIN sentences s ON s.id = c.sentence_id
            WHERE c.document_id = @documentId AND c.sentence_fingerprint IS NULL
            """;
        const string UpdateSql = "UPDATE claims SET sentence_fingerprint = @Fingerprint WHERE id = @Id";

        dialect.LockSubjectCopies(connection, transaction);
        foreach (var documentId in connection.Query<long>(DocumentsSql, transaction: transaction).ToList())
        {
            var text = DocumentText(documentId, transaction);
            foreach (var claim in connection.Query<ClaimRow>(ClaimsSql, new { documentId }, transaction).ToList())
                connection.Execute(UpdateSql, new { claim.Id, Fingerprint = SentenceFingerprint.HashOf(Sentence(text, claim.SentenceStart, claim.SentenceEnd)) },
                    transaction);
        }
    }

    /// <summary>The current documents other than <paramref name="documentId"/> with a claim whose sentence one of its claims has.</summary>
    public IReadOnlyList<long> SharingWith(long documentId, DbTransaction transaction)
    {
        const string Sql = """
            SELECT DISTINCT c.document_id
            FROM claims c JOIN documents d ON d.id = c.document_id AND d.superseded_by IS NULL
            WHERE c.sentence_fingerprint IN (SELECT sentence_fingerprint FROM claims WHERE document_id = @documentId)
              AND c.document_id <> @documentId
            ORDER BY c.document_id
            """;
        return connection.Query<long>(Sql, new { documentId }, transaction).ToList();
    }

    /// <summary>
    /// Works out again the copied subjects of <paramref name="documentId"/> and of the documents that share a sentence with
    /// it, plus <paramref name="sharedBefore"/> (those that shared one with what it replaced).
    /// </summary>
    public void Refresh(long documentId, IEnumerable<long> sharedBefore, DbTransaction transaction)
    {
        var documents = SharingWith(documentId, transaction).Concat(sharedBefore).Append(documentId)
            .Where(id => id != documentId).Distinct().Order().Prepend(documentId);
        foreach (var id in documents)
            Recompute(id, transaction);
    }

    private void Recompute(long documentId, DbTransaction transaction)
    {
        const string ResetSql = """
            UPDATE claims SET subject = NULL, subject_text = NULL, subject_basis = NULL, subject_copied_from = NULL
            WHERE document_id = @documentId AND subject_copied_from IS NOT NULL
            """;
        const string SubjectlessSql = """
            SELECT c.id AS Id, c.sentence_fingerprint AS SentenceFingerprint, s.start AS SentenceStart, s."end" AS SentenceEnd
            FROM claims c JOIN sentences s ON s.id = c.sentence_id
            WHERE c.document_id = @documentId AND c.subject IS NULL ORDER BY c.id
            """;
        const string SourcesSql = """
            SELECT DISTINCT o.sentence_fingerprint AS Fingerprint, o.subject AS Subject, o.subject_text AS SubjectText,
                   o.document_id AS DocumentId, coalesce(d.title, d.path) AS DocumentName
            FROM claims c
            JOIN claims o ON o.sentence_fingerprint = c.sentence_fingerprint AND o.document_id <> c.document_id
            JOIN documents d ON d.id = o.document_id AND d.superseded_by IS NULL
            WHERE c.document_id = @documentId AND c.subject IS NULL AND o.subject IS NOT NULL AND o.subject_copied_from IS NULL
            ORDER BY o.document_id, o.sentence_fingerprint, o.subject, o.subject_text
            """;
        const string UpdateSql = """
            UPDATE claims SET subject = @Subject, subject_text = @SubjectText, subject_basis = @Basis, subject_copied_from = @DocumentId
            WHERE id = @ClaimId
            """;

        connection.Execute(ResetSql, new { documentId }, transaction);
        var rows = connection.Query<ClaimRow>(SubjectlessSql, new { documentId }, transaction).ToList();
        if (rows.Count == 0)
            return;
        var sources = connection.Query<SourceRow>(SourcesSql, new { documentId }, transaction).Select(r => r.ToSource()).ToList();
        if (sources.Count == 0)
            return;
        var text = DocumentText(documentId, transaction);
        var claims = rows.Where(r => r.SentenceFingerprint is not null)
            .Select(r => new SubjectlessClaim(r.Id, r.SentenceFingerprint!, SentenceFingerprint.WordCount(Sentence(text, r.SentenceStart, r.SentenceEnd))))
            .ToList();
        foreach (var copied in SubjectCopyRule.Choose(claims, sources))
            connection.Execute(UpdateSql, copied, transaction);
    }

    private string DocumentText(long documentId, DbTransaction transaction) =>
        connection.ExecuteScalar<string>("SELECT text FROM documents WHERE id = @documentId", new { documentId }, transaction) ?? "";

    // A span that does not fit the text (a damaged row; `claims verify` reports it) reads as no sentence.
    private static string Sentence(string text, long start, long end) =>
        0 <= start && start <= end && end <= text.Length ? text[(int)start..(int)end] : "";
}
