using System.Buffers;
using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Ranks: an ordinal that places something in an ordering ("ranks second in the world", "the second largest",
/// "ninth place", "ranking second worldwide"). Ordinals in names ("the 18th National Congress") are not ranks.
/// </summary>
internal static partial class RankReader
{
    private const string Ordinal = @"(?<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))";

    [GeneratedRegex(
        @"\b(?:rank(?:s|ed|ing)?|remain(?:s|ed)?|is|was|were|are|became|become|placed?|stood|stands|jumped\s+to|rose\s+to|climbed\s+to|moved\s+up\s+to|fell\s+to|dropped\s+to)\s+(?:now\s+|still\s+|consistently\s+)?(?:the\s+|at\s+)?(?:world'?s\s+)?"
        + Ordinal + @"\b(?=\s+(?:place|position|largest|biggest|highest|most|in\s+the\s+world|worldwide|globally|in\s+the\b|for\b|among\b|\w+est\b))"
        + @"|\b(?:world'?s|country'?s|nation'?s|global)\s+" + Ordinal + @"(?=[\s-]+(?:largest|biggest|highest|most|place|\w+est)\b)"
        + @"|\bthe\s+" + Ordinal + @"(?=[\s-]+(?:largest|biggest|highest)\b(?:\s+\w+)?\s+(?:in\s+the\s+world|worldwide|globally))"
        + @"|\b" + Ordinal + @"(?=\s+place\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankPattern();

    /// <summary>
    /// Every match of <see cref="RankPattern"/> holds one of these ordinals (a word, or a digit and its suffix); a
    /// vectorised search rules most sentences out before the pattern runs.
    /// </summary>
    private static readonly SearchValues<string> OrdinalTexts = SearchValues.Create(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            .. Enumerable.Range(0, 10).SelectMany(d => new[] { "st", "nd", "rd", "th" }.Select(suffix => $"{d}{suffix}"))],
        StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<(int Start, int End, int Rank)> Find(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny(OrdinalTexts) < 0)
        {
            yield break;
        }

        foreach (Match m in RankPattern().Matches(sentence))
        {
            var o = m.Groups["o"];
            if (NumberWords.Ordinal(o.Value) is { } rank)
            {
                yield return (o.Index, o.Index + o.Length, rank);
            }
        }
    }
}
