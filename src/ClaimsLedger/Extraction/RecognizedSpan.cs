using System.Globalization;
using Microsoft.Recognizers.Text;

namespace ClaimsLedger.Extraction;

/// <summary>
/// A recognizer result turned into a half-open span. Recognizers-Text reports <c>End</c> inclusive ("100%" is 0..3);
/// this is the one place that converts it. Resolution values are parsed with the invariant culture.
/// </summary>
public readonly record struct RecognizedSpan(int Start, int End, ModelResult Result)
{
    public static RecognizedSpan From(ModelResult result) => new(result.Start, result.End + 1, result);

    public string? Resolution(string key) =>
        Result.Resolution is { } r && r.TryGetValue(key, out var v) ? v as string : null;

    /// <summary>The resolved number, or null when the resolution has none ("rmb" alone) or it is not a number.</summary>
    public double? Value()
    {
        var raw = Resolution("value")?.TrimEnd('%');
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
