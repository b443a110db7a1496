namespace ClaimsLedger.Ingest;

/// <summary>
/// A bound on extraction work that does not depend on the machine: the numbers a document holds. Every number sends its
/// sentence through the recognizers, so a document of millions of them (a 50 MB line of figures, a dumped table) would
/// run for many minutes; it is refused before extraction, the same way on a fast machine and a loaded one. The
/// extraction timeout stays as the backstop for work this count does not see (numbers written in words).
/// </summary>
public static class ExtractionBudget
{
    /// <summary>About what extraction gets through within the default timeout on a quiet machine.</summary>
    public const int DefaultMaxNumbers = 1_000_000;

    /// <summary>
    /// The numbers in <paramref name="text"/>, counting no further than <paramref name="stopAfter"/> + 1: runs of ASCII
    /// digits, where one ',' or '.' between two digits joins them ("1,234.5" is one number).
    /// </summary>
    public static long CountNumbers(ReadOnlySpan<char> text, long stopAfter)
    {
        long count = 0;
        var i = 0;
        while (count <= stopAfter)
        {
            var next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
                break;
            count++;
            i += next + 1;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                i++;
        }
        return count;
    }
}
