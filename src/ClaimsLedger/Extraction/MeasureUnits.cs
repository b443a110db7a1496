namespace ClaimsLedger.Extraction;

/// <summary>Short unit symbols for the dimension model's unit names and for data quantities.</summary>
internal static class MeasureUnits
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kilometer"] = "km",
        ["Meter"] = "m",
        ["Centimeter"] = "cm",
        ["Mile"] = "mi",
        ["Square kilometer"] = "km2",
        ["Square meter"] = "m2",
        ["Hectare"] = "ha",
        ["Kilogram"] = "kg",
        ["Ton"] = "t",
        ["Metric ton"] = "t",
        ["Tonne"] = "t",
        ["Liter"] = "l",
        ["Cubic meter"] = "m3",
        ["Kilowatt"] = "kW",
        ["Megawatt"] = "MW",
        ["Gigawatt"] = "GW",
        ["Kilowatt hour"] = "kWh",
        ["Terabyte"] = "TB",
        ["Petabyte"] = "PB",
        ["Gigabyte"] = "GB",
    };

    /// <summary>The symbol for a dimension model unit, or null for units that are not measures of a claim.</summary>
    public static string? From(string? unitName) =>
        unitName is not null && Symbols.TryGetValue(unitName, out var symbol) ? symbol : null;

    public static string DataUnit(string text) => char.ToLowerInvariant(text[0]) switch
    {
        'z' => "ZB",
        'e' => "EB",
        'p' => "PB",
        _ => "TB",
    };
}
