using System.Globalization;
using System.Text.Json;
using ClaimsLedger.Model;

namespace ClaimsLedger.Benchmarks;

/// <summary>Writes claims as JSON Lines with the keys the scorer and the export brief use.</summary>
public sealed class ClaimJsonLines(Stream stream) : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Utf8JsonWriter writer = new(stream, new JsonWriterOptions { SkipValidation = true });

    public void Write(StoredClaim stored)
    {
        var c = stored.Claim;
        writer.WriteStartObject();
        writer.WriteNumber("id", stored.Id);
        writer.WriteString("doc", stored.DocumentFile);
        writer.WriteNumber("start", c.Start);
        writer.WriteNumber("end", c.End);
        writer.WriteString("text", c.Text);
        writer.WriteNumber("value", c.Value);
        writer.WriteString("unit", c.Unit);
        writer.WriteString("qualifier", c.Qualifier.ToName());
        WriteBound("low", c.Low);
        WriteBound("high", c.High);
        writer.WriteString("metric", c.Metric);
        WriteDate("period_start", c.PeriodStart);
        WriteDate("period_end", c.PeriodEnd);
        writer.WriteString("speaker", c.Speaker);
        WriteDate("event_date", stored.EventDate);
        writer.WriteString("title", stored.Title);
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        stream.Write(NewLine);
    }

    private void WriteBound(string name, double value)
    {
        if (double.IsFinite(value))
            writer.WriteNumber(name, value);
        else
            writer.WriteNull(name);
    }

    private void WriteDate(string name, DateOnly? date)
    {
        if (date is { } d)
            writer.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            writer.WriteNull(name);
    }

    public void Dispose() => writer.Dispose();
}
