namespace ClaimsLedger.Comparison;

/// <summary>What two figures for the same metric and period say to each other. Ordered as reports list them.</summary>
public enum PairStatus
{
    /// <summary>No qualifier, rounding or exchange rate reconciles them.</summary>
    Conflict,
    /// <summary>The values each statement allows overlap.</summary>
    Compatible,
    /// <summary>Same value, unit and qualifier.</summary>
    Same,
    /// <summary>The same sentence stands in both documents: a copy, not an independent confirmation.</summary>
    Republished,
    /// <summary>They would conflict, but one of them names no subject: a person must say whether both are about the same one.</summary>
    Unresolved,
}

public static class PairStatusNames
{
    public static string ToName(this PairStatus status) => status.ToString().ToLowerInvariant();
}
