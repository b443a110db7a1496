using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimsLedger.Report;

/// <summary>
/// Text and data as they may stand in the page. Every text from a document goes through <see cref="Text"/>; every data
/// block through <see cref="JsonBlock"/>, whose encoder writes &lt; &gt; &amp; ' as \u escapes, so a sentence holding
/// "&lt;/script&gt;" or "&lt;!--" cannot end or comment out the block it stands in.
/// </summary>
internal static class Html
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Not the "unsafe relaxed" encoder: this one always escapes HTML-sensitive characters, and keeps other letters readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Escaped for element content and quoted attribute values.</summary>
    public static string Text(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// Writes <c>&lt;script type="application/json" id="ID"&gt;...&lt;/script&gt;</c> with the JSON <paramref name="write"/> makes.
    /// </summary>
    public static void JsonBlock(TextWriter output, string id, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            write(json);
        output.Write($"<script type=\"application/json\" id=\"{Text(id)}\">");
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write("</script>\n");
    }

    /// <summary>A count as the page writes it: 12,345.</summary>
    public static string Count(long count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A number, or null where JSON has none (infinite bounds: "over N" has no ceiling).</summary>
    public static void Number(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value)) json.WriteNumberValue(value);
        else json.WriteNullValue();
    }

    public static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        json.WritePropertyName(name);
        Date(json, date);
    }

    public static void Date(Utf8JsonWriter json, DateOnly? date)
    {
        if (date is { } d) json.WriteStringValue(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNullValue();
    }

    /// <summary>The sentence with its figure between &lt;mark&gt; tags, both parts escaped.</summary>
    public static string Marked(string sentence, int figureStart, int figureEnd)
    {
        if (figureStart < 0 || figureEnd > sentence.Length || figureStart > figureEnd)
            return Text(sentence);
        return Text(sentence[..figureStart]) + "<mark>" + Text(sentence[figureStart..figureEnd]) + "</mark>" + Text(sentence[figureEnd..]);
    }

    /// <summary>The text of an embedded asset (Report/Assets/NAME).</summary>
    public static string Asset(string name)
    {
        using var stream = typeof(Html).Assembly.GetManifestResourceStream($"report/{name}")
            ?? throw new InvalidOperationException($"report asset {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
