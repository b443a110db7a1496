using System.Globalization;

namespace ClaimsLedger.Ledger;

/// <summary>The ledger's TEXT forms of dates and times (ISO 8601, invariant).</summary>
internal static class IsoTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// "yyyy-MM-dd" of ASCII digits read directly, for streams of a million rows; null for anything else (which the
    /// caller parses the slow way, to accept or reject it).
    /// </summary>
    public static DateOnly? TryParseDateFast(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4, out var year) && Digits(text, 5, 2, out var month) && Digits(text, 8, 2, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        return null;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
