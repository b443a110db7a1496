using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Tells a change from a level: "rose 10.5 percent", "up 3 percent", "grew by 2.9%", "a decrease of 850,000", "a 15 percent
/// increase" state how much
/// something changed; "rose to 65%" and "grew from A to B" state its level. A change is measured as the thing's growth, a
/// different metric from the thing itself; a fall is growth below zero.
/// </summary>
internal static partial class ChangeReader
{
    private const string Hedge = PhrasePatterns.Hedge;

    /// <summary>The two directions a change is read in; a metric names the change of a thing as its growth.</summary>
    public const string Growth = "growth", Decline = "decline";

    [GeneratedRegex(@"(?<!\b(?:taken|took|take|taking|shut|shutting|turned|broken|broke|cracked|cracking|clamped|scaled|cut|set|setting|made|makes|make|making|signed|picked|wound|brought|put|ended|end|backed|followed|drawn|drew|tracked|handed|closed|laid|struck|pulled)\s)\b(?:(?<up>up|rose|risen|rises|rise|rising|grew|grown|grows|grow|growing|increase|increased|increases|increasing|jumped|climbed|climbing|gained|surged|expanded|expanding|soared)|(?<down>down|fell|fallen|falls|fall|falling|decrease|decline|drop|decreased|decreases|decreasing|declined|declines|declining|dropped|drops|dropping|slipped|plunged|shrank|shrunk|shrinking|contracted|lost))\s+(?:by\s+)?"
        + Hedge + @"$"
        + @"|\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:(?<up>increase|rise|growth|gain|jump|expansion)|(?<down>decrease|drop|decline|fall|reduction|contraction|loss))\s+of\s+" + Hedge + @"$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeBefore();

    [GeneratedRegex(@"^\s+(?:(?<up>more|higher|larger|greater|bigger|up)|(?<down>fewer|less|lower|smaller|down))\s+than\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonAfter();

    /// <summary>"8% fewer than a year ago", "3 percent higher than": a change stated after the figure.</summary>
    public static string? DirectionAfter(string sentence, Figure figure)
    {
        var m = ComparisonAfter().Match(sentence, figure.End, sentence.Length - figure.End);
        return !m.Success ? null : m.Groups["up"].Success ? Growth : Decline;
    }

    [GeneratedRegex(@"^(?:\s+[\w\-'’]+){0,6}?\s*,\s*(?:(?<up>up|rising|increasing|growing)|(?<down>down|falling|decreasing|declining))(?:\s+(?!(?:from|to|at|on|in|by)\b)[A-Za-z]+){0,2}?\s+(?:by\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppendedChange();

    /// <summary>
    /// "revenue of $90.1 billion, up 8 percent", "$90.1 billion in revenue for the quarter, up an impressive 8%": a change
    /// appended to the figure before (at most six words after it, then a comma).
    /// </summary>
    public static string? ChangeOfPrevious(string sentence, Figure previous, Figure figure)
    {
        if (previous.End > figure.Start)
            return null;
        var m = AppendedChange().Match(sentence[previous.End..figure.Start]);
        return !m.Success ? null : m.Groups["up"].Success ? Growth : Decline;
    }

    [GeneratedRegex(@"\G\s+in\s+(?<thing>(?:the\s+|its\s+|their\s+)?[A-Za-z][\w\-'’]*(?:\s+(?!(?:to|from|at|compared|as|than|and|or|over|since|during|for|in|on)\b)[A-Za-z][\w\-'’]*){0,5})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThingAfterChangeNoun();

    /// <summary>"a 9% increase in annual earnings per share": the direction and the thing changed, named after the figure.</summary>
    public static (string Direction, string Thing)? ChangedThingAfter(string sentence, Figure figure)
    {
        var from = Math.Max(0, figure.Start - 12);
        if (!ArticleBefore().IsMatch(sentence.AsSpan(from, figure.Start - from)))
            return null;
        var change = ChangeNounAfter().Match(sentence, figure.End, sentence.Length - figure.End);
        var thing = change.Success ? ThingAfterChangeNoun().Match(sentence, change.Index + change.Length) : Match.Empty;
        return thing.Success ? (change.Groups["up"].Success ? Growth : Decline, thing.Groups["thing"].Value) : null;
    }

    /// <summary>"cuts the deficit by $3 trillion", "raised wages by 5%": the changed thing is the verb's object.</summary>
    [GeneratedRegex(@"\b(?:(?<down>cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|slash|slashes|slashed|trim|trims|trimmed)|(?<up>raise|raises|raised|raising|boost|boosts|boosted|lift|lifts|lifted))\s+(?<obj>(?:the\s+|its\s+|our\s+|their\s+)?[\w\-'’]+(?:\s+[\w\-'’]+){0,3}?)\s+by\s+"
        + Hedge + @"(?:US\$|\$|£|€)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TransitiveChangeBefore();

    /// <summary>"cuts [the deficit] by N": the direction and the thing changed, or null.</summary>
    public static (string Direction, string Thing)? TransitiveChange(string sentence, Figure figure) =>
        Before(TransitiveChangeBefore(), sentence, figure) is { Success: true } m
            ? (m.Groups["up"].Success ? Growth : Decline, m.Groups["obj"].Value)
            : null;

    /// <summary>"raised [average life expectancy] to 78.2 years": the verb's object, whose level the figure is.</summary>
    [GeneratedRegex(@"\b(?:raised|raises|raising|lifted|lifts|boosted|boosts|increased|brought|pushed|cut|reduced|reduces|lowered|lowers)\s+(?<obj>(?!(?:\w+ly|further|again|back|up|down|from|by)\b)(?:the\s+|its\s+|our\s+|their\s+)?[A-Za-z][\w\-'’]*(?:\s+[A-Za-z][\w\-'’]*){0,3}?)\s+to\s+"
        + Hedge + @"(?:US\$|\$|£|€)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeveledObjectBefore();

    /// <summary>"raised [X] to N": the thing whose new level the figure states, or null.</summary>
    public static string? LeveledObject(string sentence, Figure figure) =>
        Before(LeveledObjectBefore(), sentence, figure) is { Success: true } m ? m.Groups["obj"].Value : null;

    /// <summary>A verb-and-object pattern matched on the 80 characters before the figure.</summary>
    private static Match Before(Regex pattern, string sentence, Figure figure)
    {
        var from = Math.Max(0, figure.Start - 80);
        return pattern.Match(sentence, from, figure.Start - from);
    }

    /// <summary>"halved", "cut in half": a 50% decline stated in words (see FigureRecognizer.AddHalvings).</summary>
    [GeneratedRegex(@"^(?:halved|(?:cut|slashed)\s+in\s+half)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HalvingWords();

    private static bool IsHalving(string sentence, Figure figure) => HalvingWords().IsMatch(sentence.AsSpan(figure.Start, figure.Length));

    /// <summary>"growth", "decline", or null when the figure is a level.</summary>
    public static string? Direction(string sentence, Figure figure)
    {
        if (IsHalving(sentence, figure))
        {
            return Decline;
        }

        if (figure.Kind is FigureKind.Rank or FigureKind.Multiple)
        {
            return null;
        }

        var from = Math.Max(0, figure.Start - 60);
        var m = ChangeBefore().Match(sentence, from, figure.Start - from);
        if (!m.Success && ArticleBefore().IsMatch(sentence.AsSpan(from, figure.Start - from)))
        {
            m = ChangeNounAfter().Match(sentence, figure.End, sentence.Length - figure.End);
        }

        return !m.Success ? null : m.Groups["up"].Success ? Growth : Decline;
    }

    [GeneratedRegex(@"\b(?:a|an)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBefore();

    /// <summary>"a 15 percent increase", "a 3.2% year-on-year drop": the change named after the figure.</summary>
    [GeneratedRegex(@"^\s*(?:percent\s+|per\s+cent\s+)?(?:(?:year-on-year|year-over-year|annual|yearly|monthly|quarterly)\s+)?(?:(?<up>increase|rise|growth|gain|jump|expansion)|(?<down>decrease|drop|decline|fall|reduction|contraction|loss))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeNounAfter();
}
