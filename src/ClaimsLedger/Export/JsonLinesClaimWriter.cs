using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// One JSON object per claim, keys as in <see cref="ClaimFields.Names"/> (conflicts_with an array of ids, conflicts_count
/// their number before any cut): offsets are UTF-16 code units, end exclusive; dates ISO or null; an unbounded low/high
/// is null. JSON Lines (<see cref="Write"/>, one object a line: the format ../shared/eval/score.py reads) or one JSON
/// array (<see cref="WriteArray"/>, what json.load and spreadsheet importers expect), both streamed an object at a time.
/// </summary>
public static class JsonLinesClaimWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<CorroboratedClaim> claims, TextWriter output) => Write(claims, output, array: false);

    /// <summary>"[", the objects separated by ",\n", "]": a JSON array with one claim a line.</summary>
    public static void WriteArray(IEnumerable<CorroboratedClaim> claims, TextWriter output) => Write(claims, output, array: true);

    private static void Write(IEnumerable<CorroboratedClaim> claims, TextWriter output, bool array)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var chars = new char[4096];
        using var json = new Utf8JsonWriter(buffer, Options);
        var first = true;
        if (array)
            output.Write('[');
        foreach (var (stored, corroboration) in claims)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            WriteClaim(json, stored, corroboration);
            json.Flush();
            var needed = Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount) + 1;
            if (chars.Length < needed)
                chars = new char[needed];
            if (array)
                output.Write(first ? "\n" : ",\n");
            first = false;
            var length = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
            if (!array)
                chars[length++] = '\n';
            output.Write(chars, 0, length);
        }
        if (array)
            output.Write(first ? "]\n" : "\n]\n");
    }

    private static void WriteClaim(Utf8JsonWriter json, StoredClaim stored, ClaimCorroboration corroboration)
    {
        var c = stored.Claim;
        json.WriteStartObject();
        json.WriteNumber("id", stored.Id);
        json.WriteString("doc", stored.DocumentFile);
        json.WriteString("title", stored.Title);
        WriteDate(json, "event_date", stored.EventDate);
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
        json.WriteString("metric", c.Series);
        json.WriteString("metric_phrase", c.MetricPhrase);
        WriteDate(json, "period_start", c.PeriodStart);
        WriteDate(json, "period_end", c.PeriodEnd);
        json.WriteString("period_basis", c.PeriodBasis);
        json.WriteString("speaker", c.Speaker);
        json.WriteString("basis", c.Basis);
        json.WriteNumber("independent_sources", corroboration.IndependentSources);
        json.WriteStartArray("conflicts_with");
        foreach (var id in corroboration.ConflictsWith)
            json.WriteNumberValue(id);
        json.WriteEndArray();
        json.WriteString("value_text", ValueText.Of(c));
        json.WriteString("sentence", stored.Sentence);
        json.WriteString("source", c.Source ?? stored.Source);
        json.WriteString("url", stored.Url);
        WriteDate(json, "published_date", stored.PublishedDate);
        json.WriteString("verdict", stored.Check?.Verdict);
        json.WriteString("qualifiers_text", c.QualifiersText);
        json.WriteString("property", c.Metric);
        json.WriteString("subject", c.Subject);
        json.WriteString("subject_text", c.SubjectText);
        json.WriteString("subject_basis", c.SubjectBasis);
        json.WriteString("document_source", stored.Source);
        json.WriteNumber("conflicts_count", corroboration.ConflictCount);
        json.WriteEndObject();
    }

    /// <summary>As <see cref="ClaimFields.Date"/> spells it, without making a string of it.</summary>
    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is not { } value)
        {
            json.WriteNull(name);
            return;
        }
        Span<char> text = stackalloc char[16];
        if (!value.TryFormat(text, out var length, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"cannot format {value}");
        json.WriteString(name, text[..length]);
    }

    private static void WriteBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name);
    }
}
