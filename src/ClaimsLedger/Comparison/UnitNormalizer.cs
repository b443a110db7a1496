namespace ClaimsLedger.Comparison;

/// <summary>A unit reduced to a canonical one and the factor that turns a value in it into the canonical unit.</summary>
public readonly record struct CanonicalUnit(string Name, double Factor, bool IsCurrency);

/// <summary>
/// Brings units to one spelling and scale before comparing: currency names and symbols to ISO codes ("yuan", "RMB" -> CNY;
/// "$", "dollar" -> USD), data sizes to bytes (ZB, EB, TB ... decimal), lengths to metres. Anything else is compared as
/// written, case-insensitively.
/// </summary>
public static class UnitNormalizer
{
    private static readonly Dictionary<string, string> CurrencyAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CNY"] = "CNY", ["RMB"] = "CNY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["¥"] = "CNY",
        ["USD"] = "USD", ["$"] = "USD", ["US$"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD",
        ["EUR"] = "EUR", ["€"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR",
        ["GBP"] = "GBP", ["£"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["JPY"] = "JPY", ["yen"] = "JPY",
        ["HKD"] = "HKD", ["HK$"] = "HKD",
    };

    private static readonly Dictionary<string, CanonicalUnit> Scaled = new(StringComparer.OrdinalIgnoreCase)
    {
        ["B"] = new("B", 1, false), ["KB"] = new("B", 1e3, false), ["MB"] = new("B", 1e6, false),
        ["GB"] = new("B", 1e9, false), ["TB"] = new("B", 1e12, false), ["PB"] = new("B", 1e15, false),
        ["EB"] = new("B", 1e18, false), ["ZB"] = new("B", 1e21, false), ["YB"] = new("B", 1e24, false),
        ["m"] = new("m", 1, false), ["km"] = new("m", 1e3, false),
    };

    public static CanonicalUnit Normalize(string unit)
    {
        var trimmed = unit.Trim();
        if (CurrencyAliases.TryGetValue(trimmed, out var code)) return new CanonicalUnit(code, 1, true);
        if (Scaled.TryGetValue(trimmed, out var scaled)) return scaled;
        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterUpper)) return new CanonicalUnit(trimmed, 1, true);
        return new CanonicalUnit(trimmed.ToLowerInvariant(), 1, false);
    }
}
