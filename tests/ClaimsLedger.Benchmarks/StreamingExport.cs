using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// The export as a stream of rows: one SQL reader over the current claims written straight to JSON Lines, no StoredClaim
/// objects and no document texts (the export keys need no sentence). What a streaming ClaimStore entry point would do;
/// here to show what it would gain over ClaimStore.Query(null).
/// </summary>
public static class StreamingExport
{
    private const string Sql = """
        SELECT c.id, d.file_name, c.start, c."end", c.text, c.value, c.unit, c.qualifier, c.low, c.high, m.name,
               c.period_start, c.period_end, c.speaker, d.event_date, d.title
        FROM claims c
        JOIN documents d ON d.id = c.document_id AND d.superseded_by IS NULL
        JOIN metrics m ON m.id = c.metric_id
        ORDER BY c.id
        """;

    private static readonly string[] Keys =
        ["id", "doc", "start", "end", "text", "value", "unit", "qualifier", "low", "high", "metric", "period_start", "period_end", "speaker", "event_date", "title"];

    public static long Write(SqliteConnection connection, string path)
    {
        using var stream = new BufferedStream(File.Create(path), 1 << 16);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        long count = 0;
        while (reader.Read())
        {
            writer.WriteStartObject();
            for (var i = 0; i < Keys.Length; i++)
            {
                if (reader.IsDBNull(i))
                    writer.WriteNull(Keys[i]);
                else if (i is 0 or 2 or 3)
                    writer.WriteNumber(Keys[i], reader.GetInt64(i));
                else if (i is 5 or 8 or 9)
                    writer.WriteNumber(Keys[i], reader.GetDouble(i));
                else
                    writer.WriteString(Keys[i], reader.GetString(i));
            }
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
            count++;
        }
        return count;
    }
}
