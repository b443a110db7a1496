namespace ClaimsLedger.Model;

/// <summary>How a figure is hedged in its words ("over", "nearly", "around" ...). Stored and exported in snake_case.</summary>
public enum Qualifier
{
    Exact,
    Approx,
    Over,
    Nearly,
    Under,
    AtLeast,
    AtMost,
}

public static class QualifierNames
{
    public static string ToName(this Qualifier q) => q switch
    {
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        _ => q.ToString().ToLowerInvariant(),
    };

    public static Qualifier Parse(string name) => name switch
    {
        "exact" => Qualifier.Exact,
        "approx" => Qualifier.Approx,
        "over" => Qualifier.Over,
        "nearly" => Qualifier.Nearly,
        "under" => Qualifier.Under,
        "at_least" => Qualifier.AtLeast,
        "at_most" => Qualifier.AtMost,
        _ => throw new FormatException($"unknown qualifier '{name}'"),
    };
}
