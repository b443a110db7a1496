using ClaimsLedger.Model;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Ledger;

/// <summary>
/// The rows of one document, written with commands prepared once per ledger connection and rebound per row: sentences,
/// metrics (looked up before inserted) and claims. Values reach SQL only as parameters. Not thread-safe: one per connection.
/// </summary>
internal sealed class RowInserter(SqliteConnection connection)
{
    private SqliteCommand? sentence;
    private SqliteCommand? metricId;
    private SqliteCommand? metricInsert;
    private SqliteCommand? claim;

    public long AddSentence(SqliteTransaction transaction, long documentId, int start, int end, string? speaker, string? location)
    {
        sentence ??= Prepare("""
            INSERT INTO sentences (document_id, start, "end", speaker, location) VALUES ($document_id, $start, $end, $speaker, $location)
            RETURNING id
            """, "$document_id", "$start", "$end", "$speaker", "$location");
        return (long)Run(sentence, transaction, documentId, start, end, speaker, location).ExecuteScalar()!;
    }

    /// <summary>The id of the metric of this name (metrics.name is NOCASE), added when missing.</summary>
    public long MetricId(SqliteTransaction transaction, string name)
    {
        metricId ??= Prepare("SELECT id FROM metrics WHERE name = $name", "$name");
        if (Run(metricId, transaction, name).ExecuteScalar() is long existing)
            return existing;
        metricInsert ??= Prepare("INSERT INTO metrics (name) VALUES ($name) RETURNING id", "$name");
        return (long)Run(metricInsert, transaction, name).ExecuteScalar()!;
    }

    public void AddClaim(SqliteTransaction transaction, long documentId, long sentenceId, long metric, Claim c)
    {
        claim ??= Prepare("""
            INSERT INTO claims (document_id, sentence_id, metric_id, start, "end", text, value, unit, qualifier, low, high,
                                metric_phrase, period_start, period_end, period_basis, speaker, basis, sentence_start, sentence_end)
            VALUES ($document_id, $sentence_id, $metric_id, $start, $end, $text, $value, $unit, $qualifier, $low, $high,
                    $metric_phrase, $period_start, $period_end, $period_basis, $speaker, $basis, $sentence_start, $sentence_end)
            """, "$document_id", "$sentence_id", "$metric_id", "$start", "$end", "$text", "$value", "$unit", "$qualifier",
            "$low", "$high", "$metric_phrase", "$period_start", "$period_end", "$period_basis", "$speaker", "$basis",
            "$sentence_start", "$sentence_end");
        Run(claim, transaction, documentId, sentenceId, metric, c.Start, c.End, c.Text, c.Value, c.Unit, c.Qualifier.ToName(),
            double.IsInfinity(c.Low) ? null : c.Low, double.IsInfinity(c.High) ? null : c.High, c.MetricPhrase,
            IsoTime.Format(c.PeriodStart), IsoTime.Format(c.PeriodEnd), c.PeriodBasis, c.Speaker, c.Basis, c.SentenceStart, c.SentenceEnd)
            .ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static SqliteCommand Run(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }
}
