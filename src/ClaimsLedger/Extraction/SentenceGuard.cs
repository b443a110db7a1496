using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// A cheap test for sentences built to make the recognizers slow, checked before any model runs. The number model's cost
/// grows steeply with runs of number words ("one hundred and one hundred and ..." for 2,000 characters takes seconds),
/// so a sentence with more than <see cref="MaxNumberWords"/> of them is skipped and reported. Ordinary prose, even a
/// long list of figures, stays far below it.
/// </summary>
public static partial class SentenceGuard
{
    public const int MaxNumberWords = 60;

    [GeneratedRegex(@"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|and|point|half|quarter)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();

    /// <summary>True when the sentence is too costly to show the recognizers.</summary>
    public static bool IsTooCostly(string sentence) => NumberWord().Count(sentence) > MaxNumberWords;
}
