namespace ClaimsLedger.Model;

/// <summary>
/// A statistical claim as extracted from one sentence. Spans are half-open UTF-16 offsets into the stored
/// document text: <c>text == document.Text[Start..End]</c>.
/// </summary>
/// <param name="Value">Resolved value in <see cref="Unit"/>: 1850000 for "1.85 million", 39.8 for "39.8%".</param>
/// <param name="Unit">count, percent, percentage_point, times, rank, an ISO 4217 code (CNY, USD), or a physical/data unit (ZB, km).</param>
/// <param name="Low">Lowest value the statement allows (from qualifier and stated precision).</param>
/// <param name="High">Highest value the statement allows; may be +infinity for "over N" with no ceiling.</param>
/// <param name="Metric">Canonical metric name (from the catalogue, else the counted phrase).</param>
/// <param name="MetricPhrase">The words of the sentence the metric was read from.</param>
/// <param name="PeriodStart">First day the figure refers to, or null when timeless/unknown.</param>
/// <param name="PeriodEnd">Last day the figure refers to.</param>
/// <param name="PeriodBasis">The words (or rule) the period was derived from, for traceability.</param>
/// <param name="Speaker">The person who states it (a turn label or a narrated attribution).</param>
/// <param name="Basis">For multiples and shares: what it is a multiple/share of ("that of 2012", "GDP").</param>
public sealed record Claim(
    int Start,
    int End,
    string Text,
    int SentenceStart,
    int SentenceEnd,
    double Value,
    string Unit,
    Qualifier Qualifier,
    double Low,
    double High,
    string Metric,
    string MetricPhrase,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? PeriodBasis,
    string? Speaker,
    string? Basis)
{
    /// <summary>Whom or what the figure is about: a canonical place or organisation name ("United Kingdom", "Apple"), or null when unknown.</summary>
    public string? Subject { get; init; }

    /// <summary>The words the subject was read from ("Britain's", "the US"), or the document context it came from.</summary>
    public string? SubjectText { get; init; }

    /// <summary>The rule that gave the subject ("possessive", "in X", "document headline"), for traceability.</summary>
    public string? SubjectBasis { get; init; }

    /// <summary>The organisation that published or stated the figure ("Office for National Statistics" in "..., the ONS said").</summary>
    public string? Source { get; init; }

    /// <summary>The series the figure belongs to: the measured property of its subject ("United Kingdom unemployment rate").</summary>
    public string Series => Observation.Series(Subject, Metric);

    /// <summary>Definitional qualifiers its sentence states ("excluding inactive accounts; seasonally adjusted"), or null.</summary>
    public string? QualifiersText { get; init; }
}
