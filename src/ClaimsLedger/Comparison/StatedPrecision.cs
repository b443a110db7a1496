using System.Globalization;

namespace ClaimsLedger.Comparison;

/// <summary>
/// How finely a figure is stated, read from its surface text: "1.85 million" is stated to 0.01 million, "560 million"
/// to 10 million, "1.854 million" to 0.001 million.
/// </summary>
/// <param name="Step">The place of the last significant digit, in the unit of the value. Trailing zeros of a whole number
/// ("560", "1,000") are taken as rounding, but a number written with two or more digits is assumed to carry at least two
/// significant digits ("100 million" is stated to 10 million, "560 million" to 10 million, "5%" to 1%).</param>
/// <param name="CoarseStep">The place of the last non-zero digit of a whole number (every trailing zero taken as rounding:
/// "400 million" -> 100 million); equal to <see cref="Step"/> for decimals. Used for how far "over"/"under" may reach.</param>
public readonly record struct StatedPrecision(double Step, double CoarseStep)
{
    /// <summary>
    /// Finds, in <paramref name="surfaceText"/>, the written number that <paramref name="value"/> was resolved from (the one
    /// whose ratio to the value is a power of ten: the scale word "million", "billion", "%") and reads its precision.
    /// When no written number matches (words such as "half", "four"), the precision is read from the value itself.
    /// </summary>
    public static StatedPrecision Of(double value, string surfaceText)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value))
            return new StatedPrecision(0, 0);
        foreach (var digits in NumberTokens(surfaceText))
        {
            var mantissa = double.Parse(digits, CultureInfo.InvariantCulture);
            if (mantissa == 0) continue;
            var scale = Math.Abs(value / mantissa);
            var exponent = Math.Log10(scale);
            if (Math.Abs(exponent - Math.Round(exponent)) > 1e-9) continue;
            var (step, coarse) = StepsOfDigits(digits);
            var powerOfTen = Math.Pow(10, Math.Round(exponent));
            return new StatedPrecision(step * powerOfTen, coarse * powerOfTen);
        }
        var (valueStep, valueCoarse) = StepsOfDigits(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        return new StatedPrecision(valueStep, valueCoarse);
    }

    /// <summary>
    /// The written numbers of a text, thousands separators removed: "1,854,000" -> "1854000", "45.5" -> "45.5". A comma
    /// counts as a separator only before exactly three digits; a dot only before a digit.
    /// </summary>
    private static IEnumerable<string> NumberTokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }
            var digits = new System.Text.StringBuilder();
            while (i < text.Length)
            {
                if (char.IsAsciiDigit(text[i])) digits.Append(text[i++]);
                else if (text[i] == ',' && IsThreeDigitGroup(text, i + 1)) i++;
                else break;
            }
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                digits.Append('.');
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i])) digits.Append(text[i++]);
            }
            yield return digits.ToString();
        }
    }

    private static bool IsThreeDigitGroup(string text, int start) =>
        start + 3 <= text.Length
        && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));

    /// <summary>Steps of a plain digit string ("1.85", "560", "1854000"), in the units of that string.</summary>
    private static (double Step, double Coarse) StepsOfDigits(string digits)
    {
        if (digits.Contains('E', StringComparison.OrdinalIgnoreCase))
            return (0, 0); // a value only printable in exponent form: no stated precision to read
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var step = Math.Pow(10, -(digits.Length - dot - 1));
            return (step, step);
        }
        var whole = digits.TrimStart('0');
        if (whole.Length == 0) return (1, 1);
        var length = whole.Length;
        var trailingZeros = length - whole.TrimEnd('0').Length;
        var significant = Math.Max(length - trailingZeros, Math.Min(length, 2));
        return (Math.Pow(10, length - significant), Math.Pow(10, trailingZeros));
    }
}
