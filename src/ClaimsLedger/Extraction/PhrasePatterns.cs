namespace ClaimsLedger.Extraction;

/// <summary>Regex fragments several readers share, so a word added to one list counts everywhere.</summary>
internal static class PhrasePatterns
{
    /// <summary>An optional hedge before a figure: "over", "more than", "nearly", "about", "up to" ...</summary>
    public const string Hedge =
        @"(?:(?:over|more\s+than|nearly|almost|about|around|some|roughly|approximately|at\s+least|less\s+than|up\s+to)\s+)?";

    /// <summary>A month name or its abbreviation, not captured.</summary>
    public const string Month =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

    /// <summary>A month name or its abbreviation, captured as <c>m</c>.</summary>
    public const string MonthName = "(?<m>" + Month + ")";

    /// <summary>The ordinal of a quarter ("first" to "fourth"), captured as <c>n</c> like the digit of "Q1".</summary>
    public const string QuarterOrdinal = "(?<n>first|second|third|fourth)";

    /// <summary>1-4 for a quarter's <c>n</c> group: a digit ("Q3") or a <see cref="QuarterOrdinal"/>.</summary>
    public static int QuarterNumber(System.Text.RegularExpressions.Match m) =>
        m.Groups["n"].Value is [>= '1' and <= '4'] digit ? digit[0] - '0' : NumberWords.Ordinal(m.Groups["n"].Value)!.Value;
}
