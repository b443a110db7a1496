using Dapper;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Re-checks what the ledger promises: the storage's own checks (SQLite: integrity and foreign keys); each document's
/// sha256 matches its text; one current revision per path; every sentence and claim lies inside its document; claim text
/// equals the text at its offsets, in UTF-16 and in code points; every claim lies inside its sentence.
/// </summary>
public static class LedgerVerifier
{
    private sealed class DocumentRow
    {
        public long Id { get; init; }
        public string Sha256 { get; init; } = "";
        public string Text { get; init; } = "";
        public long? SentenceCount { get; init; }
        public long? ClaimCount { get; init; }
        public string? EventDate { get; init; }
        public string? PublishedDate { get; init; }
    }

    private sealed record SentenceRow(long Id, long Start, long End, long? StartCp, long? EndCp);

    private sealed class ClaimRow
    {
        public long Id { get; init; }
        public long SentenceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Text { get; init; } = "";
        public long? SentenceStart { get; init; }
        public long? SentenceEnd { get; init; }
        public long? StartCp { get; init; }
        public long? EndCp { get; init; }
        public object? Value { get; init; }
        public object? Low { get; init; }
        public object? High { get; init; }
        public string? Qualifier { get; init; }
        public string? PeriodStart { get; init; }
        public string? PeriodEnd { get; init; }

        /// <summary>Every stored field a reader parses, parsed as the readers do (<see cref="StoredValues"/>).</summary>
        public IEnumerable<string> FieldProblems()
        {
            var row = $"claim {Id}";
            return Problems([
                () => StoredValues.Real(Value, row, "value"),
                () => StoredValues.Bound(Low, double.NegativeInfinity, row, "low"),
                () => StoredValues.Bound(High, double.PositiveInfinity, row, "high"),
                () => StoredValues.Qualifier(Qualifier, row),
                () => StoredValues.Date(PeriodStart, row, "period_start"),
                () => StoredValues.Date(PeriodEnd, row, "period_end"),
            ]);
        }
    }

    private static List<string> Problems(IEnumerable<Action> checks)
    {
        var problems = new List<string>();
        foreach (var check in checks)
        {
            try
            {
                check();
            }
            catch (LedgerException e)
            {
                problems.Add(e.Message);
            }
        }
        return problems;
    }

    public static VerificationReport Verify(LedgerDatabase ledger)
    {
        const string CurrentRevisionsSql = """
            SELECT path, count(*) FILTER (WHERE superseded_by IS NULL) AS current
            FROM documents GROUP BY path HAVING count(*) FILTER (WHERE superseded_by IS NULL) <> 1
            """;
        const string DocumentIdsSql = "SELECT id FROM documents ORDER BY id";

        var connection = ledger.Connection;
        var problems = new List<string>();
        if (!ledger.Dialect.CheckStorage(connection, problems))
            return new VerificationReport(0, 0, 0, problems);
        problems.AddRange(connection.Query<(string Path, long Current)>(CurrentRevisionsSql)
            .Select(r => $"{r.Path}: {r.Current} current revisions (expected 1)"));

        int documents = 0, sentences = 0, claims = 0;
        foreach (var id in connection.Query<long>(DocumentIdsSql).ToList())
        {
            var (s, c) = VerifyDocument(ledger, id, problems);
            documents++;
            sentences += s;
            claims += c;
        }
        return new VerificationReport(documents, sentences, claims, problems);
    }

    private static (int Sentences, int Claims) VerifyDocument(LedgerDatabase ledger, long documentId, List<string> problems)
    {
        const string DocumentSql = "SELECT id, sha256, text, sentence_count, claim_count, event_date, published_date FROM documents WHERE id = @documentId";
        const string SentencesSql = """SELECT id, start, "end", start_cp, end_cp FROM sentences WHERE document_id = @documentId""";
        const string ClaimsSql = """
            SELECT id, sentence_id, start, "end", text, sentence_start, sentence_end, start_cp, end_cp,
                value, low, high, qualifier, period_start, period_end
            FROM claims WHERE document_id = @documentId
            """;

        var connection = ledger.Connection;
        var document = connection.QuerySingle<DocumentRow>(DocumentSql, new { documentId });
        var text = document.Text;
        var sha = ContentHash.Of(text);
        if (!sha.Equals(document.Sha256, StringComparison.OrdinalIgnoreCase))
            problems.Add($"document {documentId}: sha256 {document.Sha256} does not match its text ({sha})");

        problems.AddRange(Problems([
            () => StoredValues.Date(document.EventDate, $"document {documentId}", "event_date"),
            () => StoredValues.Date(document.PublishedDate, $"document {documentId}", "published_date"),
        ]));
        if (document.SentenceCount is null || document.ClaimCount is null)
            problems.Add($"document {documentId}: its stored sentence or claim count is NULL, so missing rows cannot be told");
        var sentences = connection.Query<SentenceRow>(SentencesSql, new { documentId }).ToDictionary(s => s.Id);
        foreach (var s in sentences.Values.Where(s => s.Start < 0 || s.End < s.Start || s.End > text.Length))
            problems.Add($"sentence {s.Id}: [{s.Start}, {s.End}) is outside document {documentId} (length {text.Length})");

        var codePoints = new CodePointOffsets(text);
        foreach (var s in sentences.Values.Where(s => s.End <= text.Length && !CodePointsMatch(codePoints, s.Start, s.End, s.StartCp, s.EndCp)))
            problems.Add($"sentence {s.Id}: code point offsets [{s.StartCp}, {s.EndCp}) but [{s.Start}, {s.End}) in UTF-16 is [{codePoints.Of((int)s.Start)}, {codePoints.Of((int)s.End)})");

        var claims = connection.Query<ClaimRow>(ClaimsSql, new { documentId }).ToList();
        foreach (var c in claims)
        {
            problems.AddRange(c.FieldProblems());
            if (c.Start < 0 || c.End <= c.Start || c.End > text.Length)
            {
                problems.Add($"claim {c.Id}: [{c.Start}, {c.End}) is outside document {documentId} (length {text.Length})");
                continue;
            }
            var atOffsets = text[(int)c.Start..(int)c.End];
            if (atOffsets != c.Text)
                problems.Add($"claim {c.Id}: text \"{c.Text}\" but document {documentId} has \"{atOffsets}\" at [{c.Start}, {c.End})");
            if (!CodePointsMatch(codePoints, c.Start, c.End, c.StartCp, c.EndCp))
                problems.Add($"claim {c.Id}: code point offsets [{c.StartCp}, {c.EndCp}) but [{c.Start}, {c.End}) in UTF-16 is [{codePoints.Of((int)c.Start)}, {codePoints.Of((int)c.End)})");
            if (!sentences.TryGetValue(c.SentenceId, out var sentence))
                problems.Add($"claim {c.Id}: sentence {c.SentenceId} is not in document {documentId}");
            else if (c.Start < sentence.Start || c.End > sentence.End)
                problems.Add($"claim {c.Id}: [{c.Start}, {c.End}) is not inside its sentence [{sentence.Start}, {sentence.End})");
            else if (c.SentenceStart != sentence.Start || c.SentenceEnd != sentence.End)
                problems.Add($"claim {c.Id}: records its sentence at [{c.SentenceStart}, {c.SentenceEnd}) but sentence {sentence.Id} is [{sentence.Start}, {sentence.End})");
        }
        if (document.SentenceCount is { } storedSentences && storedSentences != sentences.Count)
            problems.Add($"document {documentId}: stored with {storedSentences} sentences, now has {sentences.Count}");
        if (document.ClaimCount is { } storedClaims && storedClaims != claims.Count)
            problems.Add($"document {documentId}: stored with {storedClaims} claims, now has {claims.Count}");
        return (sentences.Count, claims.Count);
    }

    /// <summary>Code point offsets agree with the UTF-16 ones; rows stored before they existed have none (NULL) and pass.</summary>
    private static bool CodePointsMatch(CodePointOffsets codePoints, long start, long end, long? startCp, long? endCp) =>
        (startCp is null && endCp is null) || (startCp == codePoints.Of((int)start) && endCp == codePoints.Of((int)end));
}
