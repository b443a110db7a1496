using System.Globalization;

namespace ClaimsLedger.Comparison;

/// <summary>Writes values and ranges for people: "1.0315 billion", "39.8%", "7.67–8.5 billion CNY".</summary>
public static class QuantityFormatter
{
    private static readonly (double Scale, string Word)[] Scales =
        [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")];

    public static string Value(double value, string unit) => Range(new ValueRange(value, value), unit);

    /// <summary>A value written with the scale word of <paramref name="reference"/>: 395000 next to 1.855 million is "0.395 million".</summary>
    public static string Value(double value, string unit, double reference) => Range(new ValueRange(value, value), unit, reference);

    public static string Range(ValueRange range, string unit) => Range(range, unit,
        double.IsFinite(range.High) ? Math.Max(Math.Abs(range.Low), Math.Abs(range.High)) : Math.Abs(range.Low));

    private static string Range(ValueRange range, string unit, double reference)
    {
        var (scale, word) = Scales.FirstOrDefault(s => reference >= s.Scale, (1, ""));
        var low = Number(range.Low / scale);
        var numbers = range.IsPoint ? low
            : double.IsPositiveInfinity(range.High) ? $"{low} or more"
            : $"{low}–{Number(range.High / scale)}";
        return numbers + word + UnitSuffix(unit);
    }

    private static string UnitSuffix(string unit) => unit switch
    {
        "count" or "" => "",
        "percent" => "%",
        "percentage_point" => " percentage points",
        "rank" => " (rank)",
        _ => " " + unit,
    };

    private static string Number(double value) =>
        Math.Round(value, 6 - Math.Clamp((int)Math.Floor(Math.Log10(Math.Max(Math.Abs(value), 1e-12))) + 1, 0, 6))
            .ToString("0.######", CultureInfo.InvariantCulture);
}
