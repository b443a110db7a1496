using System.Text.RegularExpressions;
using ClaimsLedger.Model;

namespace ClaimsLedger.Extraction;

/// <summary>Reads the hedge of a figure from the words right before it ("over", "nearly", "around") or after it ("or more").</summary>
internal static partial class QualifierReader
{
    [GeneratedRegex(@"\b(?:(?<over>over|more\s+than|exceed(?:ing|ed|s)?|above|in\s+excess\s+of|upwards\s+of|surpass(?:ing|ed|es)?|beyond|greater\s+than|higher\s+than|topp(?:ing|ed))"
        + @"|(?<nearly>nearly|almost|close\s+to|approaching|just\s+(?:under|below|shy\s+of)|nearing|getting\s+on\s+for)"
        + @"|(?<approx>around|about|some|roughly|approximately|approx\.|circa|an\s+estimated|estimated|or\s+so|in\s+the\s+region\s+of)"
        + @"|(?<atleast>at\s+least|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than|a\s+minimum\s+of)"
        + @"|(?<atmost>at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of)"
        + @"|(?<under>less\s+than|fewer\s+than|under|below|lower\s+than))\s*(?:the\s+)?(?:US|RMB)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    [GeneratedRegex(@"^\s*(?:(?<atleast>or\s+more|and\s+(?:above|more)|or\s+above|plus\b)|(?<atmost>or\s+(?:less|fewer|below))|(?<approx>or\s+so\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(@"\bbetween\s+(?:\$|US\$)?[\d.,]+\s*(?:%|percent|million|billion|trillion|thousand)?\s+and\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeUpperEnd();

    [GeneratedRegex(@"\bbetween\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeLowerEnd();

    public static Qualifier Read(string sentence, Figure figure)
    {
        // "between 2 million and 3 million": at least the first, at most the second.
        if (RangeLowerEnd().IsMatch(sentence.AsSpan(0, figure.Start).ToString()))
        {
            return Qualifier.AtLeast;
        }

        if (RangeUpperEnd().IsMatch(sentence.AsSpan(0, figure.Start).ToString()))
        {
            return Qualifier.AtMost;
        }

        var from = Math.Max(0, figure.Start - 40);
        var before = Before().Match(sentence, from, figure.Start - from);
        if (before.Success)
        {
            return FromGroups(before.Groups);
        }

        var after = After().Match(sentence, figure.End, sentence.Length - figure.End);
        return after.Success ? FromGroups(after.Groups) : Qualifier.Exact;
    }

    private static Qualifier FromGroups(GroupCollection g) =>
        g["over"].Success ? Qualifier.Over
        : g["nearly"].Success ? Qualifier.Nearly
        : g["approx"].Success ? Qualifier.Approx
        : g["atleast"].Success ? Qualifier.AtLeast
        : g["atmost"].Success ? Qualifier.AtMost
        : g["under"].Success ? Qualifier.Under
        : Qualifier.Exact;
}
