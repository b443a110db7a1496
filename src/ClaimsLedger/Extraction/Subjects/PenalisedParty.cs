using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction.Subjects;

/// <summary>
/// Whom a money figure that is a penalty is imposed on: "a €4.34bn fine against Google", "a fine of 8.2 billion yuan on
/// Didi", "fined Google a record $5 billion", "Google has been fined $5 billion". The regulator that imposes it (the
/// European Commission) is who acts, not whom the figure is about. A conversion in brackets ("a €4.34bn (~$5bn) fine
/// against Google") is the same penalty. Words from subjects.json (<see cref="Penalties"/>).
/// </summary>
internal sealed class PenalisedParty
{
    private const string Name = @"@?(?<t>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})";

    /// <summary>What may stand between the amount and the penalty noun: a closing or a whole bracket, two words.</summary>
    private const string AfterAmount = @"^\s*\)?\s*(?:\([^)]*\)\s*)?(?:[A-Za-z]+\s+){0,2}?";
    private const int Window = 60;
    private readonly Regex nounThenTarget;
    private readonly Regex nounAfter;
    private readonly Regex nounAnywhere;
    private readonly Regex verbThenName;
    private readonly Regex nameThenVerb;
    private readonly Regex nounBefore;

    public PenalisedParty(Penalties words)
    {
        var nouns = Alternatives(words.Nouns);
        var verbs = Alternatives(words.Verbs);
        nounThenTarget = new($@"{AfterAmount}(?:(?:{nouns})\s+)?(?:{Alternatives(words.Targets)})\s+(?:the\s+)?{Name}", RegexOptions.CultureInvariant);
        nounAfter = new($@"{AfterAmount}(?:{nouns})\b", RegexOptions.CultureInvariant);
        nounAnywhere = new($@"\b(?:{nouns})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        nounBefore = new($@"\b(?:{nouns})\s+of\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        verbThenName = new($@"\b(?:{verbs})\s+{Name}\s+(?:with\s+)?(?:an?\s+)?(?:[\w\-]+\s+){{0,3}}?$", RegexOptions.CultureInvariant);
        nameThenVerb = new($@"{Name}\s+(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+|will\s+be\s+)?(?:{verbs})\b", RegexOptions.CultureInvariant);
    }

    /// <summary>The name of the party the figure penalises and how it was read, or null when the figure is no penalty or names none.</summary>
    public (string Name, string Basis)? Read(string sentence, Figure figure)
    {
        if (figure.Kind != FigureKind.Money)
            return null;
        var from = Math.Max(0, figure.Start - Window);
        var before = sentence[from..figure.Start];
        var after = sentence[figure.End..Math.Min(sentence.Length, figure.End + Window)];
        var namedAfter = nounThenTarget.Match(after);
        var isPenalty = nounBefore.IsMatch(before) || nounAfter.IsMatch(after);
        if (namedAfter.Success && (isPenalty || nounAnywhere.IsMatch(namedAfter.Value)))
            return (namedAfter.Groups["t"].Value, "the party the penalty is imposed on");
        if (verbThenName.Match(before) is { Success: true } fined)
            return (fined.Groups["t"].Value, "the party fined");
        return nameThenVerb.Match(before) is { Success: true } passive ? (passive.Groups["t"].Value, "the party fined") : null;
    }

    private static string Alternatives(IEnumerable<string> words) => string.Join('|', words.Select(Regex.Escape));
}
