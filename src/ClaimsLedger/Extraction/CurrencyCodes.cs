namespace ClaimsLedger.Extraction;

/// <summary>ISO 4217 codes for what the currency model resolves; a bare "$" or "dollars" is taken as US dollars.</summary>
internal static class CurrencyCodes
{
    public static string? From(string? isoCurrency, string? unitName)
    {
        if (!string.IsNullOrEmpty(isoCurrency))
        {
            return isoCurrency;
        }

        return unitName switch
        {
            "Dollar" or "United States dollar" => "USD",
            "Chinese yuan" or "Renminbi" => "CNY",
            "Euro" => "EUR",
            "Indian rupee" or "Rupee" => "INR",
            "Pound" or "British pound" => "GBP",
            _ => null,
        };
    }
}
