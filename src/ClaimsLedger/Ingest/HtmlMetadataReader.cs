using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ClaimsLedger.Ingest;

/// <summary>
/// What a web page's head says about it: title (og:title, JSON-LD headline, &lt;title&gt;), publication date
/// (article:published_time and its kin, JSON-LD datePublished, a &lt;time datetime&gt;), author, canonical URL and
/// site name. Dates are taken as written (the calendar date before any zone offset), never shifted to another zone.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] DateProperties =
        ["article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dc.date.issued", "dcterms.issued", "pubdate"];

    public static DocumentMetadata Read(IHtmlDocument page)
    {
        var linked = JsonLd(page);
        return new DocumentMetadata(
            Title: Meta(page, "og:title") ?? linked.Headline ?? Clean(page.Title),
            Published: DateProperties.Select(p => ParseDate(Meta(page, p))).FirstOrDefault(d => d is not null)
                ?? ParseDate(linked.DatePublished) ?? TimeElementDate(page),
            Author: Meta(page, "author") is { } author && !IsUrl(author) ? author : linked.Author,
            Url: Absolute(page.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? Absolute(Meta(page, "og:url")),
            Publisher: Meta(page, "og:site_name") ?? linked.Publisher);
    }

    /// <summary>The calendar date a metadata value starts with ("2023-03-03T10:00:00+08:00" is 2023-03-03), or null.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null)
            return null;
        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var any)
            ? DateOnly.FromDateTime(any.DateTime) : null;
    }

    private static string? Meta(IHtmlDocument page, string name)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
                return content;
        }
        return null;
    }

    /// <summary>The first &lt;time datetime&gt; of the article (or of the page when it marks no article).</summary>
    private static DateOnly? TimeElementDate(IHtmlDocument page)
    {
        var scope = (IParentNode?)page.QuerySelector("article") ?? page;
        return scope.QuerySelectorAll("time[datetime]").Select(t => ParseDate(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
    }

    private sealed record LinkedData(string? Headline, string? DatePublished, string? Author, string? Publisher);

    /// <summary>The first JSON-LD object that is an article (or has a datePublished), searched through arrays and @graph.</summary>
    private static LinkedData JsonLd(IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Objects(json.RootElement).FirstOrDefault(o => o.TryGetProperty("datePublished", out _) || o.TryGetProperty("headline", out _))
                    is { ValueKind: JsonValueKind.Object } found)
                    return new LinkedData(Text(found, "headline"), Text(found, "datePublished"), Name(found, "author"), Name(found, "publisher"));
            }
            catch (JsonException)
            {
                // a broken JSON-LD block says nothing; the other metadata still counts
            }
        }
        return new LinkedData(null, null, null, null);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().SelectMany(Objects);
        if (element.ValueKind != JsonValueKind.Object)
            return [];
        return element.TryGetProperty("@graph", out var graph) ? [element, .. Objects(graph)] : [element];
    }

    private static string? Text(JsonElement o, string property) =>
        o.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    /// <summary>A name given as a string, an object with "name", or the first of an array of either.</summary>
    private static string? Name(JsonElement o, string property)
    {
        if (!o.TryGetProperty(property, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array)
            value = value.EnumerateArray().FirstOrDefault();
        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Object => Text(value, "name"),
            _ => null,
        };
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static bool IsUrl(string value) => value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
