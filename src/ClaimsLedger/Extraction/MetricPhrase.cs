using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Normalises the words a metric was read from into a short comparable phrase: lower case, without determiners,
/// possessive places ("China's"), places and times ("in China", "in 2021", "over the past decade", "across the
/// country") and container words ("the number of", "the scale of", "pieces of").
/// </summary>
public static partial class MetricPhrase
{
    [GeneratedRegex(@"\b(?:in|across|throughout|around)\s+(?:the\s+)?(?:world|country|nation|globe|china|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b|\bnationwide\b|\bworldwide\b|\bglobally\b|\b(?:[Tt]oday|[Nn]ow|[Cc]urrently|[Aa]t\s+present|[Ss]o\s+far)\b|\b(?:in|during|for|by|since|as\s+of)\s+(?:the\s+)?(?:\d{4}|first|second|third|fourth|last|past|next|this|that)\b(?:\s+(?:half|quarter|year|years|months?))?(?:\s+of\s+(?:this|last|the)\s+year)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOrTime();

    [GeneratedRegex(@"^(?:(?:moreover|furthermore|meanwhile|also|besides|however|and|or|but|while|with|whereas|then|so|thus|in\s+addition|as\s+a\s+result|at\s+the\s+same\s+time)\b[\s,]*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLinkWords();

    [GeneratedRegex(@"\b(?:the|a|an|its|their|our|his|her|this|these|those|that|such|some|total|overall\s+level\s+of|(?:total\s+)?number\s+of|amount\s+of|(?:market\s+)?scale\s+of|(?:market\s+)?size\s+of|volume\s+of|population\s+of|pieces\s+of|piece\s+of|items\s+of|kinds\s+of|types\s+of|level\s+of|(?:total\s+)?length\s+of)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContainerWords();

    /// <summary>"China's", "the country's", "Guangdong's": whose, not what. ("world's" keeps "world".)</summary>
    [GeneratedRegex(@"\b(?:[Tt]he\s+)?(?:country|nation|(?!World)[A-Z][a-z]+)['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePossessive();

    [GeneratedRegex(@"[^\w\s\-]+|(?<!\w)-+|-+(?!\w)")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Legal-form words that do not tell companies apart: "Didi Global Inc" is "Didi".</summary>
    [GeneratedRegex(@"\b(?:Inc|Incorporated|Co|Corp|Corporation|Ltd|Limited|LLC|PLC|Plc|Group|Holdings?|Global|International|S\.A|AG|GmbH)\b\.?")]
    private static partial Regex CompanyForm();

    /// <summary>Figures and hedges left in a phrase read from a clause ("with around 2.3 million 5G base stations").</summary>
    [GeneratedRegex(@"^\s*(?:(?:with|and|of)\s+)?(?:(?:around|about|over|nearly|almost|some|roughly|more\s+than|less\s+than|up\s+to|at\s+least)\s+)?(?:US\$|\$)?\d[\d.,]*(?:\s+(?:hundred|thousand|million|billion|trillion))?\b(?=\s+\w)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFigure();

    [GeneratedRegex(@"\b(?:by|at|as\s+of|until)\s+(?:the\s+)?end\s+of\s+(?:(?:last|this|next)\s+year|\d{4}|the\s+year)|\b(?:last|this|next)\s+year\b|\ba\s+year\s+(?:earlier|ago)\b|\byear[\s-](?:on|over)[\s-]year\b|\b(?:in|for|during)\s+(?:the\s+)?(?:Q[1-4]|H[12]|FY|fiscal\s+(?:year\s+)?|financial\s+year\s+)\s*\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    /// <summary>A time adverbial in any case: "In 2022", "Over the past decade", "by the end of June", "in the first half of 2021".</summary>
    [GeneratedRegex(@"\b(?:in|during|over|within|for|by|since|as\s+of|until|through|throughout)\s+(?:the\s+)?(?:(?:end|beginning|start|middle|(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter)\s+of\s+)?(?:(?:the\s+)?(?:this|last|next|past|previous|coming|recent)\s+)?(?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:years?|decades?|months?|quarters?|weeks?|" + PhrasePatterns.MonthName + @"(?!\s*[-–]\s*[A-Za-z])|(?:19|20)\d\d)\b(?:\s+(?:19|20)\d\d\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeAdverbial();

    /// <summary>"Gross domestic product (GDP)", "the Consumer Prices Index (CPI)": an acronym in brackets restates the words before it.</summary>
    [GeneratedRegex(@"(?<=\w[\w\s\-'’]*)\s*\(\s*[A-Z][A-Za-z0-9\-]{1,9}\s*\)")]
    private static partial Regex BracketedAcronym();

    /// <summary>"for fiscal 2022", "for Q4", "April-June", "the April-June quarter", "2023-24": times a phrase read from a clause can still hold.</summary>
    [GeneratedRegex(@"\b(?:(?:for|in|of|during)\s+(?:the\s+)?)?(?:(?:fiscal|financial)\s+(?:year\s+)?\d{2,4}(?:[-–/]\d{2,4})?|FY\s*\d{2,4}(?:[-–/]\d{2,4})?|Q[1-4]|H[12]|" + PhrasePatterns.Month + @"\s*[-–]\s*" + PhrasePatterns.Month + @"(?:\s+(?:quarter|half|period))?|(?:19|20)\d\d(?:[-–/]\d{2,4})?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedTime();

    /// <summary>"2023-24", "FY22-23": a split (fiscal) year, read before the time adverbials so that none leaves half of it.</summary>
    [GeneratedRegex(@"\b(?:FY\s*)?(?:19|20)?\d\d[-–/]\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex SplitYear();

    /// <summary>A number left in a phrase ("revenue of 90 1 billion"): a figure is never part of what it measures ("5g" is).</summary>
    [GeneratedRegex(@"(?<![\w\-])\d[\d.,]*(?:\s+(?:hundred|thousand|million|billion|trillion|crore|lakh|bn|m))?(?![\w\-])", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    /// <summary>A company's name without its legal form: "Didi Global Inc" is "Didi".</summary>
    public static string WithoutCompanyForm(string name) =>
        Spaces().Replace(CompanyForm().Replace(name, " "), " ").Trim() is { Length: > 0 } bare ? bare : name;

    public static string Normalize(string words)
    {
        var s = BracketedAcronym().Replace(words, " ");
        s = SplitYear().Replace(s, " ");
        s = TimeAdverbial().Replace(s, " ");
        s = StatedTime().Replace(s, " ");
        s = RelativeTime().Replace(s, " ");
        s = CompanyForm().Replace(s, " ");
        s = PlaceOrTime().Replace(s, " ");
        s = LeadingFigure().Replace(s, " ");
        s = PlacePossessive().Replace(s, " ");
        s = s.ToLowerInvariant().Replace("'s", "").Replace("’s", "");
        s = LeadingLinkWords().Replace(s.Trim(), "");
        s = ContainerWords().Replace(s, " ");
        s = Punctuation().Replace(s, " ");
        s = Number().Replace(s, " ");
        return Spaces().Replace(s, " ").Trim();
    }
}
