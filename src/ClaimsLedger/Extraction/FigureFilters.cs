using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// What a recognizer returns that is not a statistical claim: years, dates and times, technology and product names
/// (5G, G20, IPv6), ordinals and numbers inside names, list markers, page furniture, words like "one" used as articles,
/// and small counts of the speaker's own discourse ("five features", "two questions").
/// </summary>
internal static partial class FigureFilters
{
    /// <summary>Navigation bars, clip numbers and similar lines: too few words to state anything.</summary>
    public static bool IsPageFurniture(string sentence)
    {
        if (FurnitureStart().IsMatch(sentence))
        {
            return true;
        }

        var words = 0;
        foreach (Match _ in Word().Matches(sentence))
        {
            if (++words >= 3)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\s*(?:See\s+also|Related(?:\s+articles?)?:|Read\s+more|Share\s+(?:this|on)|Subscribe|Donate|Sign\s+up|Log\s+in|Previous\s+article|Next\s+article|Tags?:|Copyright|©|\d+\s+comments?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureStart();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b")]
    private static partial Regex Word();

    /// <summary>Numbers that are part of a name or a code rather than a quantity.</summary>
    public static bool IsNotAFigure(string sentence, int start, int end)
    {
        var before = start > 0 ? sentence[start - 1] : ' ';
        var after = end < sentence.Length ? sentence[end] : ' ';

        // 5G, 4K, G20, IPv6, COVID-19, #8990, No.5: letters glued to the digits, or a hash sign.
        var glued = GluedLetters().Match(sentence, start, end - start + (char.IsLetter(after) ? 1 : 0));
        if (glued.Success && !UnitSuffix().IsMatch(sentence[glued.Groups["l"].Index..]))
        {
            return true;
        }

        if (char.IsDigit(sentence[start]) && (char.IsLetter(before) || before is '#' or '№'
            || (before == '-' && start > 1 && char.IsLetter(sentence[start - 2]))))
        {
            return true;
        }

        // "five-year plan", "three-level system", "one-time donation": a number word glued to a noun by a hyphen.
        if (after == '-' && end + 1 < sentence.Length && char.IsLetter(sentence[end + 1])
            && !sentence.AsSpan(end + 1).StartsWith("fold", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IsInShortQuotedName(sentence, start, end) || NamePrefix().IsMatch(sentence.AsSpan(0, start).ToString())
            || IsSecondYearOfSplitYear(sentence, start, end);
    }

    /// <summary>"FY 2022-23", "the 2019/20 season": the second year of a split year, written after the first.</summary>
    private static bool IsSecondYearOfSplitYear(string sentence, int start, int end)
    {
        if (end - start is not (2 or 4) || start < 5 || !int.TryParse(sentence.AsSpan(start, end - start), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var second))
        {
            return false;
        }

        var m = YearAndDash().Match(sentence[Math.Max(0, start - 10)..start]);
        if (!m.Success)
        {
            return false;
        }

        var first = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return end - start == 2 ? second == (first + 1) % 100 : second == first + 1;
    }

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)\s?[-\u2013/]\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAndDash();

    [GeneratedRegex(@"\d(?<l>[A-Za-z])")]
    private static partial Regex GluedLetters();

    [GeneratedRegex(@"^(?:[ZEPT]B\b|km\b|kg\b|mm\b|cm\b|m\b|bn\b|mn\b|tn\b|pc\b|pct\b|st\b|nd\b|rd\b|th\b)", RegexOptions.CultureInvariant)]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"\b(?:No\.|Nos\.|Article|Section|Chapter|Clause|Item|Paragraph|Phase|Volume|Vol\.|Episode|Page|Room|Version|Release|Model|Grade|Level|Class|Type|Route|Line|Flight|Resolution|Decree)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePrefix();

    /// <summary>"Five 100" presentations, the "14th Five-Year" campaign: a number inside a short quoted title.</summary>
    private static bool IsInShortQuotedName(string sentence, int start, int end)
    {
        var open = sentence.LastIndexOfAny(['"', '“'], Math.Max(start - 1, 0));
        if (open < 0 || start - open > 30 || CountQuotes(sentence, open) % 2 == 1)
        {
            return false;
        }

        var close = sentence.IndexOfAny(['"', '”'], end);
        return close >= 0 && close - open <= 40;
    }

    private static int CountQuotes(string sentence, int before)
    {
        var n = 0;
        for (var i = 0; i < before; i++)
        {
            if (sentence[i] is '"' or '“' or '”')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// A day of a month or an hour, read without the DateTime model: "May 31", "Aug. 19", "the 1st of July", "31 May",
    /// "10 a.m.". The model would take these for dates too; reading them here spares it in sentences that hold no
    /// other figure.
    /// </summary>
    public static bool IsDayOrHour(string sentence, int start, int end, double value)
    {
        if (end - start > 2 || value is < 1 or > 31 || value != Math.Floor(value) || !char.IsDigit(sentence[start]))
        {
            return false;
        }

        var before = MonthBefore().Match(sentence, 0, start);
        var after = MonthAfter().Match(sentence, end, sentence.Length - end);
        var month = before.Success ? before.Groups["m"].Value : after.Success ? after.Groups["m"].Value : null;
        if (month is not null)
        {
            return value <= DaysIn(month);
        }

        return value <= 12 && HourAfter().IsMatch(sentence.AsSpan(end));
    }

    private static int DaysIn(string month) => month[..3].ToLowerInvariant() switch
    {
        "feb" => 29,
        "apr" or "jun" or "sep" or "nov" => 30,
        _ => 31,
    };


    [GeneratedRegex(@"\b" + PhrasePatterns.MonthName + @"\.?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + PhrasePatterns.MonthName + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HourAfter();

    public static bool IsInsideDate(int start, int end, IReadOnlyList<DateSpan> dates) =>
        dates.Any(d => !d.IsDuration && d.Start <= start && end <= d.End);

    /// <summary>Numbers the recognizer reads that a careful reader would not count as a figure.</summary>
    public static bool IsNotACount(string sentence, int start, int end, double value, string? subtype)
    {
        var text = sentence[start..end];
        if (value == 0 || subtype == "fraction" && value >= 1)
        {
            return true;
        }

        // A bare four-digit year ("in 2021", "that of 2012", "Vision 2040").
        if (value is >= 1800 and <= 2100 && text.Length == 4 && text.All(char.IsDigit))
        {
            return true;
        }

        // "one" as an article or pronoun ("one of the", "one heart", "one by one").
        if (value == 1 && char.IsLetter(text[0]))
        {
            return true;
        }

        // "the two countries", "between the three sides": a small number word naming a known set, not a count.
        if (value <= 12 && char.IsLetter(text[0]) && TheBefore().IsMatch(sentence.AsSpan(0, start)))
        {
            return true;
        }

        // "in the first three quarters", "over the past two and a half years": a time window, not a fraction.
        if (subtype == "fraction" && PeriodFraction().IsMatch(text) && TimeWindowBefore().IsMatch(sentence.AsSpan(0, start)))
        {
            return true;
        }

        if (AgeBefore().IsMatch(sentence.AsSpan(0, start).ToString()) || PerBefore().IsMatch(sentence.AsSpan(0, start).ToString())
            || TimeWindowBefore().IsMatch(sentence.AsSpan(0, start).ToString()) && TimeUnitAfter().IsMatch(sentence.AsSpan(end).ToString()))
        {
            return true;
        }

        return value <= 12 && subtype != "fraction" && DiscourseNounAfter().IsMatch(sentence.AsSpan(end).ToString());
    }

    [GeneratedRegex(@"\b(?:the|these|those|both)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"\b(?:quarters?|halves|half)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodFraction();

    /// <summary>The window a figure is measured over, not a figure: "over 10 years", "within 30 days", "in the next five years".</summary>
    [GeneratedRegex(@"\b(?:over|within|in|during|after|before|next|past|last|first|coming|every)\s+(?:the\s+)?(?:(?:next|past|last|first|coming)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWindowBefore();

    [GeneratedRegex(@"^\s+(?:years?|months?|weeks?|days?|decades?|hours?|quarters?)\b(?!\s+(?:in\s+a\s+row|straight|running|consecutively|of\b|old\b))", RegexOptions.IgnoreCase)]
    private static partial Regex TimeUnitAfter();

    /// <summary>The denominator of a rate: "28 per 1,000 live births".</summary>
    [GeneratedRegex(@"\d[\d.,]*\s+(?:deaths\s+)?(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PerBefore();

    /// <summary>An age limit on a group of people: "children under 13", "people aged 60 and over", "aged 16 to 24".</summary>
    [GeneratedRegex(@"\b(?:children|kids|minors|people|persons|adults|those|youths?|students|residents|women|men|girls|boys|users|workers|anyone|citizens)\s+(?:under|over|above|below|aged|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?$|\baged?\s+(?:\d+\s*(?:to|-|–|and)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    /// <summary>Small counts of what the speaker is about to say: "five features", "the following 10 aspects", "two questions".</summary>
    [GeneratedRegex(@"^\s+(?:(?:main|major|key|basic|distinctive|important|new|specific|following|great|overall|big)\s+){0,2}(?:aspects?|features?|questions?|points?|principles?|proposals?|respects?|dimensions?|parts?|things?|ways?|steps?|characteristics?|reasons?|areas?|harvests?|situations?|priorities|tasks?|goals?|objectives?|requirements?|musts?|focuses|lessons?|stages?|fronts?|words?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiscourseNounAfter();
}
