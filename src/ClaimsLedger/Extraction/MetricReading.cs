namespace ClaimsLedger.Extraction;

/// <summary>
/// What a figure measures, as <see cref="MetricReader"/> read it: the metric's name, the sentence's words it came from,
/// what a share or multiple is of (or null), and whether the figure states a fall of the thing, whose growth it then is
/// below zero ("fell 0.4 percent" is -0.4).
/// </summary>
public readonly record struct MetricReading(string Metric, string Phrase, string? Basis, bool Falls = false);
