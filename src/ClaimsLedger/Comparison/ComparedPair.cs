using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Two claims for the same metric and period, from different documents or speakers, and what they say to each other.
/// <see cref="A"/> has the lower id. The period is the span covering both claims' periods.
/// </summary>
public sealed record ComparedPair(
    StoredClaim A,
    StoredClaim B,
    PairStatus Status,
    string Reason,
    string Metric,
    DateOnly PeriodStart,
    DateOnly PeriodEnd);
