namespace ClaimsLedger.Extraction;

/// <summary>
/// A time expression of a sentence as the DateTime model resolved it against the event date. Start/End are a half-open
/// span of the sentence; From/To are the first and last day it names (To inclusive), or null when open or unresolved.
/// </summary>
public sealed record DateSpan(int Start, int End, string Type, string? Timex, string? Mod, DateOnly? From, DateOnly? To)
{
    /// <summary>Durations ("eight years", "more than 5,000 years") are quantities, not points in time.</summary>
    public bool IsDuration => Type.EndsWith("duration", StringComparison.Ordinal);

    /// <summary>Recurring times ("each year", "every month").</summary>
    public bool IsSet => Type.EndsWith(".set", StringComparison.Ordinal);

    public bool IsTimeOfDay => Type.EndsWith(".time", StringComparison.Ordinal) || Type.EndsWith(".timerange", StringComparison.Ordinal);
}
