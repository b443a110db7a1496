namespace ClaimsLedger.Model;

/// <summary>
/// A claim is an observation in the sense of statistical databases (SDMX: indicator x reference area x time period):
/// a measured property (the metric) of a subject (a place, an organisation or a defined group) over a period. Two figures
/// can contradict each other only when all three agree.
/// </summary>
public static class Observation
{
    /// <summary>The name of a series: the subject's name before the property ("United Kingdom unemployment rate"), or the property alone.</summary>
    public static string Series(string? subject, string metric) =>
        string.IsNullOrEmpty(subject) ? metric : $"{subject} {metric}";

    /// <summary>Subjects as compared: case and spacing folded.</summary>
    public static string? SubjectKey(string? subject) =>
        string.IsNullOrWhiteSpace(subject) ? null : string.Join(' ', subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
