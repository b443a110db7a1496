using System.Globalization;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>How every export spells a claim's fields: invariant numbers, ISO dates, snake_case qualifiers, null for no bound.</summary>
internal static class ClaimFields
{
    /// <summary>
    /// The columns of the CSV export, in order; the keys of the JSON exports are the same. New keys go at the end.
    /// `metric` is the series (the subject's name before the measured property: "United Kingdom unemployment rate"),
    /// `property` the measured property alone; `source` the organisation the sentence attributes the figure to, else the
    /// document's source, which `document_source` keeps; `conflicts_with` the first ids of the claims it conflicts with
    /// (<see cref="ClaimExport.DefaultMaxConflictIds"/> unless told), `conflicts_count` how many they are in all.
    /// </summary>
    public static readonly string[] Names =
    [
        "id", "doc", "title", "event_date", "start", "end", "text", "sentence_start", "sentence_end", "value", "unit", "qualifier",
        "low", "high", "metric", "metric_phrase", "period_start", "period_end", "period_basis", "speaker", "basis",
        "independent_sources", "conflicts_with", "value_text", "sentence", "source", "url", "published_date",
        "verdict", "qualifiers_text", "property", "subject", "subject_text", "subject_basis", "document_source",
        "conflicts_count",
    ];

    /// <summary>Conflicting claim ids in a text cell: "12;40".</summary>
    public static string Ids(IReadOnlyList<long> ids) => string.Join(';', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string? Bound(double value) => double.IsFinite(value) ? Number(value) : null;

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Period(Claim claim) => (claim.PeriodStart, claim.PeriodEnd) switch
    {
        (null, null) => "",
        var (start, end) when start == end => Date(start)!,
        var (start, end) => $"{Date(start)}..{Date(end)}",
    };
}
