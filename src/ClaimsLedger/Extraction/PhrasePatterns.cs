namespace ClaimsLedger.Extraction;

/// <summary>Regex fragments several readers share, so a word added to one list counts everywhere.</summary>
internal static class PhrasePatterns
{
    /// <summary>An optional hedge before a figure: "over", "more than", "nearly", "about", "up to" ...</summary>
    public const string Hedge =
        @"(?:(?:over|more\s+than|nearly|almost|about|around|some|roughly|approximately|at\s+least|less\s+than|up\s+to)\s+)?";

    /// <summary>A month name or its abbreviation, captured as <c>m</c>.</summary>
    public const string MonthName =
        @"(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
}
