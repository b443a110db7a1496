using System.Globalization;

namespace ClaimsLedger.Extraction;

/// <summary>The few number words the recognizers do not resolve inside other words ("sevenfold", "doubled").</summary>
internal static class NumberWords
{
    private static readonly string[] Cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static readonly string[] Ordinals =
        ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public static double? Parse(string word)
    {
        var i = Array.IndexOf(Cardinals, word.ToLowerInvariant());
        if (i >= 0)
        {
            return i;
        }

        return double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static readonly Dictionary<string, double> Multiples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doubled"] = 2, ["twice"] = 2, ["tripled"] = 3, ["thrice"] = 3, ["quadrupled"] = 4,
        ["double"] = 2, ["triple"] = 3, ["quadruple"] = 4, // "double the number in 2015"
    };

    /// <summary>Words that state a multiple: "doubled", "twice", "tripled", "thrice", "quadrupled", "double (the number)".</summary>
    public static IEnumerable<string> MultipleWords => Multiples.Keys;

    public static double? Multiple(string word) => Multiples.TryGetValue(word, out var value) ? value : null;

    /// <summary>1 for "first", 2 for "second", 12 for "12th"; null otherwise.</summary>
    public static int? Ordinal(string word)
    {
        var i = Array.IndexOf(Ordinals, word.ToLowerInvariant());
        if (i > 0)
        {
            return i;
        }

        var digits = word.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }
}
