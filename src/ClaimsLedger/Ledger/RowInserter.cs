using System.Data;
using System.Data.Common;
using ClaimsLedger.Model;

namespace ClaimsLedger.Ledger;

/// <summary>
/// The rows of one document, written with commands made once per ledger connection and rebound per row: sentences,
/// metrics (looked up before inserted) and claims. Values reach SQL only as parameters, each of a fixed type, so that
/// the server prepares every statement once. Not thread-safe: one per connection.
/// </summary>
internal sealed class RowInserter(DbConnection connection)
{
    private readonly LedgerDialect dialect = LedgerDialect.Of(connection);
    private DbCommand? sentence;
    private DbCommand? metricId;
    private DbCommand? metricInsert;
    private DbCommand? claim;

    private const DbType Id = DbType.Int64;
    private const DbType Text = DbType.String;
    private const DbType Real = DbType.Double;

    public long AddSentence(DbTransaction transaction, long documentId, int start, int end, string? speaker, CodePointOffsets codePoints,
        string? location)
    {
        sentence ??= Prepare("""
            INSERT INTO sentences (document_id, start, "end", speaker, start_cp, end_cp, location)
            VALUES (@document_id, @start, @end, @speaker, @start_cp, @end_cp, @location) RETURNING id
            """, ("document_id", Id), ("start", Id), ("end", Id), ("speaker", Text), ("start_cp", Id), ("end_cp", Id), ("location", Text));
        return Convert.ToInt64(Run(sentence, transaction, documentId, (long)start, (long)end, speaker,
            (long)codePoints.Of(start), (long)codePoints.Of(end), location).ExecuteScalar());
    }

    /// <summary>
    /// The id of the metric of this name (metrics.name is NOCASE), added when missing. A concurrent writer adding the
    /// same name makes the insert wait for it and do nothing; the name is then looked up again.
    /// </summary>
    public long MetricId(DbTransaction transaction, string name)
    {
        metricId ??= Prepare($"SELECT id FROM metrics WHERE {dialect.NoCase("name")} = {dialect.NoCase("@name")}", ("name", Text));
        if (Run(metricId, transaction, name).ExecuteScalar() is { } existing and not DBNull)
            return Convert.ToInt64(existing);
        metricInsert ??= Prepare("INSERT INTO metrics (name) VALUES (@name) ON CONFLICT DO NOTHING RETURNING id", ("name", Text));
        if (Run(metricInsert, transaction, name).ExecuteScalar() is { } added and not DBNull)
            return Convert.ToInt64(added);
        return Convert.ToInt64(Run(metricId, transaction, name).ExecuteScalar());
    }

    /// <param name="sentenceFingerprint">The claim's sentence as <see cref="Comparison.SentenceFingerprint.HashOf"/> gives it.</param>
    public void AddClaim(DbTransaction transaction, long documentId, long sentenceId, long metric, Claim c, CodePointOffsets codePoints,
        string sentenceFingerprint)
    {
        claim ??= Prepare("""
            INSERT INTO claims (document_id, sentence_id, metric_id, start, "end", text, value, unit, qualifier, low, high,
                                metric_phrase, period_start, period_end, period_basis, speaker, basis, sentence_start, sentence_end,
                                start_cp, end_cp, qualifiers_text, subject, subject_text, subject_basis, source, sentence_fingerprint)
            VALUES (@document_id, @sentence_id, @metric_id, @start, @end, @text, @value, @unit, @qualifier, @low, @high,
                    @metric_phrase, @period_start, @period_end, @period_basis, @speaker, @basis, @sentence_start, @sentence_end,
                    @start_cp, @end_cp, @qualifiers_text, @subject, @subject_text, @subject_basis, @source, @sentence_fingerprint)
            """, ("document_id", Id), ("sentence_id", Id), ("metric_id", Id), ("start", Id), ("end", Id), ("text", Text),
            ("value", Real), ("unit", Text), ("qualifier", Text), ("low", Real), ("high", Real), ("metric_phrase", Text),
            ("period_start", Text), ("period_end", Text), ("period_basis", Text), ("speaker", Text), ("basis", Text),
            ("sentence_start", Id), ("sentence_end", Id), ("start_cp", Id), ("end_cp", Id), ("qualifiers_text", Text),
            ("subject", Text), ("subject_text", Text), ("subject_basis", Text), ("source", Text), ("sentence_fingerprint", Text));
        Run(claim, transaction, documentId, sentenceId, metric, (long)c.Start, (long)c.End, c.Text, c.Value, c.Unit, c.Qualifier.ToName(),
            double.IsInfinity(c.Low) ? null : c.Low, double.IsInfinity(c.High) ? null : c.High, c.MetricPhrase,
            IsoTime.Format(c.PeriodStart), IsoTime.Format(c.PeriodEnd), c.PeriodBasis, c.Speaker, c.Basis,
            (long)c.SentenceStart, (long)c.SentenceEnd, (long)codePoints.Of(c.Start), (long)codePoints.Of(c.End), c.QualifiersText,
            c.Subject, c.SubjectText, c.SubjectBasis, c.Source, sentenceFingerprint)
            .ExecuteNonQuery();
    }

    private DbCommand Prepare(string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static DbCommand Run(DbCommand command, DbTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }
}
