using System.Text.RegularExpressions;
using ClaimsLedger.Files;

namespace ClaimsLedger.Extraction;

/// <summary>The words of data/vocabulary/period-words.json (embedded) that the period readers read time by.</summary>
internal sealed class PeriodWords
{
    public static PeriodWords Shipped { get; } = Load();

    /// <summary>"up from", "as against", "compared with": the start of a compared value.</summary>
    public required Regex ComparisonMarkers { get; init; }

    /// <summary>"on a YoY basis": a year-ago word that names a rate's horizon.</summary>
    public required Regex HorizonBasis { get; init; }

    /// <summary>"the previous financial year", "this fiscal year", "last FY": group <c>w</c> is the relative word.</summary>
    public required Regex RelativeFiscalYear { get; init; }

    /// <summary>"the first quarter of the previous financial year": group <c>n</c> is the quarter, <c>w</c> the relative word.</summary>
    public required Regex RelativeFiscalQuarter { get; init; }

    public required IReadOnlyDictionary<string, int> RelativeYears { get; init; }

    /// <summary>"the fourth fiscal quarter of 2022, which corresponds to the third calendar quarter (of the year|of 2022)":
    /// groups <c>f</c> (fiscal quarter), <c>a</c> (its year), <c>c</c> (calendar quarter), <c>y</c> (calendar year, optional).</summary>
    public required Regex CalendarQuarter { get; init; }

    public required IReadOnlyList<string> ListItemMarkers { get; init; }

    private static PeriodWords Load()
    {
        using var json = EmbeddedData.Json("data/vocabulary/period-words.json");
        var root = json.RootElement;
        string Alternatives(IEnumerable<string> phrases) =>
            string.Join('|', phrases.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+")));
        var relative = root.GetProperty("relativeYears").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
        var nouns = Alternatives(EmbeddedData.Strings(root.GetProperty("fiscalYearNouns")));
        var calendar = root.GetProperty("calendarQuarter");
        var quarter = @"(?:fiscal\s+)?(?:Q(?<f>[1-4])|(?<f>first|second|third|fourth)\s+(?:fiscal\s+)?quarter)";
        return new PeriodWords
        {
            ComparisonMarkers = EmbeddedData.WholeWords(EmbeddedData.Strings(root.GetProperty("comparisonMarkers"))),
            HorizonBasis = EmbeddedData.WholeWords(EmbeddedData.Strings(root.GetProperty("horizonBasis"))),
            RelativeFiscalYear = new Regex(@"\b(?:the\s+)?(?<w>" + Alternatives(relative.Keys) + @")\s+(?:" + nouns + @")(?![\w\-])(?!\s*(?:19|20)?\d\d)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            RelativeFiscalQuarter = new Regex(@"\b(?:(?:the\s+)?" + PhrasePatterns.QuarterOrdinal + @"\s+(?:fiscal\s+)?quarter|Q(?<n>[1-4]))\s+of\s+(?:the\s+)?(?<w>"
                + Alternatives(relative.Keys) + @")\s+(?:" + nouns + @")(?![\w\-])(?!\s*(?:19|20)?\d\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            RelativeYears = relative,
            CalendarQuarter = new Regex(quarter + @"\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?(?<a>(?:19|20)\d\d)\b[^.;]{0,30}?(?<![\w\-])(?:"
                + Alternatives(EmbeddedData.Strings(calendar.GetProperty("mapping"))) + @")\s+(?:the\s+)?(?<c>first|second|third|fourth)\s+(?:"
                + Alternatives(EmbeddedData.Strings(calendar.GetProperty("calendar"))) + @")\s+quarter(?:\s+of\s+(?:the\s+year|(?<y>(?:19|20)\d\d)))?",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            ListItemMarkers = [.. EmbeddedData.Strings(root.GetProperty("listItemMarkers"))],
        };
    }
}
