using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// One JSON object per claim and line, keys as in <see cref="ClaimFields.Names"/>: offsets are UTF-16 code units, end
/// exclusive; dates ISO or null; an unbounded low/high is null. The format ../shared/eval/score.py reads.
/// </summary>
public static class JsonLinesClaimWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<StoredClaim> claims, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var stored in claims)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Options))
                WriteClaim(json, stored);
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
        }
    }

    private static void WriteClaim(Utf8JsonWriter json, StoredClaim stored)
    {
        var c = stored.Claim;
        json.WriteStartObject();
        json.WriteNumber("id", stored.Id);
        json.WriteString("doc", stored.DocumentFile);
        json.WriteString("title", stored.Title);
        json.WriteString("event_date", ClaimFields.Date(stored.EventDate));
        json.WriteNumber("start", c.Start);
        json.WriteNumber("end", c.End);
        json.WriteString("text", c.Text);
        json.WriteNumber("sentence_start", c.SentenceStart);
        json.WriteNumber("sentence_end", c.SentenceEnd);
        json.WriteNumber("value", c.Value);
        json.WriteString("unit", c.Unit);
        json.WriteString("qualifier", c.Qualifier.ToName());
        WriteBound(json, "low", c.Low);
        WriteBound(json, "high", c.High);
        json.WriteString("metric", c.Metric);
        json.WriteString("metric_phrase", c.MetricPhrase);
        json.WriteString("period_start", ClaimFields.Date(c.PeriodStart));
        json.WriteString("period_end", ClaimFields.Date(c.PeriodEnd));
        json.WriteString("period_basis", c.PeriodBasis);
        json.WriteString("speaker", c.Speaker);
        json.WriteString("basis", c.Basis);
        json.WriteEndObject();
    }

    private static void WriteBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name);
    }
}
