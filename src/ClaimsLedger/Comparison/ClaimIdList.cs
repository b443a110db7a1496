using System.Globalization;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Claim ids as people read them in text outputs ("#7, #9"), never more than a few: in a metric and period stated by
/// thousands of claims every claim would otherwise list thousands of others, and the output would grow with the square
/// of the claims. What is left out is counted ("#3, #7 and 41 more"); `claims conflicts` lists every pair.
/// </summary>
public static class ClaimIdList
{
    /// <summary>How many ids a list names unless told otherwise.</summary>
    public const int DefaultMax = 20;

    /// <summary>The first <paramref name="max"/> of <paramref name="ascending"/>, then how many are left out of them, or of
    /// <paramref name="total"/> when the ids given are already only the first of that many.</summary>
    public static string Text(IReadOnlyCollection<long> ascending, int max = DefaultMax, int? total = null)
    {
        var named = string.Join(", ", ascending.Take(max).Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)));
        var more = Math.Max(total ?? 0, ascending.Count) - Math.Min(max, ascending.Count);
        if (more <= 0)
            return named;
        var rest = more.ToString("N0", CultureInfo.InvariantCulture) + " more";
        return named.Length > 0 ? $"{named} and {rest}" : rest;
    }
}
