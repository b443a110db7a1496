using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview, the form fact-check search tools read) for every
/// checked claim, one array: <c>claimReviewed</c> is the sentence; <c>itemReviewed</c> a <c>Claim</c> with the speaker
/// as <c>author</c>, the event (or publication) date as <c>datePublished</c> and the document as its <c>appearance</c>;
/// <c>reviewRating</c> the verdict (true 3, misleading 2, false 1 of 3; unverifiable unrated, by name only). The figure
/// itself is kept as <c>PropertyValue</c>s the claim is <c>about</c>: the value with its unit and bounds, and its period.
/// Claims without a check are left out.
/// </summary>
public static class ClaimReviewWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void Write(IEnumerable<CorroboratedClaim> claims, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var (stored, _) in claims)
            {
                if (stored.Check is { } check)
                    WriteReview(json, stored, check);
            }
            json.WriteEndArray();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static void WriteReview(Utf8JsonWriter json, StoredClaim stored, FactCheck check)
    {
        var c = stored.Claim;
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ClaimReview");
        if (check.Url is not null)
            json.WriteString("url", check.Url);
        json.WriteString("datePublished", check.CheckedAt[..10]);
        if (check.CheckedBy is not null)
            WriteNamed(json, "author", "Person", check.CheckedBy);
        json.WriteString("claimReviewed", stored.Sentence.Trim());
        if (check.Note is not null)
            json.WriteString("reviewBody", check.Note);

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        if (c.Speaker is not null)
            WriteNamed(json, "author", "Person", c.Speaker);
        if (ClaimFields.Date(stored.EventDate ?? stored.PublishedDate) is { } said)
            json.WriteString("datePublished", said);
        WriteAppearance(json, stored);
        json.WriteStartArray("about");
        WriteFigure(json, c);
        if (ClaimFields.Period(c) is { Length: > 0 } period)
        {
            json.WriteStartObject();
            json.WriteString("@type", "PropertyValue");
            json.WriteString("name", "period");
            json.WriteString("value", period.Replace("..", "/")); // an ISO 8601 interval
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteString("alternateName", char.ToUpperInvariant(check.Verdict[0]) + check.Verdict[1..]);
        if (RatingValue(check.Verdict) is { } rating)
        {
            json.WriteNumber("ratingValue", rating);
            json.WriteNumber("bestRating", 3);
            json.WriteNumber("worstRating", 1);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The figure: the metric as its name, the value with its unit, the bounds the statement allows, and how it was said.</summary>
    private static void WriteFigure(Utf8JsonWriter json, Claim c)
    {
        json.WriteStartObject();
        json.WriteString("@type", "PropertyValue");
        json.WriteString("name", c.Metric);
        json.WriteNumber("value", c.Value);
        json.WriteString("unitText", c.Unit);
        if (double.IsFinite(c.Low))
            json.WriteNumber("minValue", c.Low);
        if (double.IsFinite(c.High))
            json.WriteNumber("maxValue", c.High);
        json.WriteString("description", $"{c.Text} ({c.Qualifier.ToName()}: {ValueText.Of(c)})");
        json.WriteEndObject();
    }

    /// <summary>The document the claim appears in: its URL, title and publisher.</summary>
    private static void WriteAppearance(Utf8JsonWriter json, StoredClaim stored)
    {
        json.WriteStartObject("appearance");
        json.WriteString("@type", "CreativeWork");
        if (stored.Url is not null)
            json.WriteString("url", stored.Url);
        json.WriteString("name", stored.Title ?? stored.DocumentFile);
        if (stored.Source is not null)
            WriteNamed(json, "publisher", "Organization", stored.Source);
        json.WriteEndObject();
    }

    private static void WriteNamed(Utf8JsonWriter json, string property, string type, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static int? RatingValue(string verdict) => verdict switch
    {
        "true" => 3,
        "misleading" => 2,
        "false" => 1,
        _ => null,
    };
}
