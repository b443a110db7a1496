using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Decides the period of each figure of a sentence: "from 2012 to 2021 ... from A to B" gives A 2012 and B 2021;
/// a date attached to the figure ("45.5 trillion yuan in 2021") or stated for the sentence ("In the first half of
/// this year"); named eras ("since the 18th CPC National Congress"); a continuation of the previous sentence's time;
/// recurring ("each year") and timeless figures get none; a figure stated as current is as of the event date.
/// </summary>
public sealed partial class PeriodReader(EraCatalog eras)
{
    public IReadOnlyList<Period> Read(string sentence, IReadOnlyList<Figure> figures, IReadOnlyList<DateSpan> dates,
        DateOnly? eventDate, PeriodContext context)
    {
        var usable = FiscalYears.Resolve(sentence, dates, context.Document.Fiscal, context.Document.NationalFiscalYear, eventDate)
            .Where(d => !d.IsDuration && !d.IsTimeOfDay && (d.From is not null || d.To is not null) && !IsPriceBase(sentence, d)
                && !(d.From > d.To)).ToList(); // "month to month" is read as a span that ends before it starts
        var attached = figures.Select(f => Restated(sentence, Attached(sentence, f, usable), usable)).ToList();
        var attachedRange = AttachedRange(sentence, figures, attached);
        var statedRange = attachedRange is null ? YearRange(sentence, usable) : null;
        var ownRange = statedRange ?? attachedRange;
        var continues = Continuation().IsMatch(sentence);
        var era = eras.Find(sentence, eventDate);
        var endpointDates = attached.Where((d, j) => d is not null && FromToEndpoint(sentence, figures, j) != Endpoint.None).ToList();
        var periods = new List<Period>();
        for (var i = 0; i < figures.Count; i++)
        {
            var endpoint = FromToEndpoint(sentence, figures, i);
            var range = endpoint != Endpoint.None ? ownRange ?? context.Range : statedRange ?? (continues ? context.Range : null);
            var sentenceDates = usable.Where(d => !endpointDates.Contains(d) || attached[i] == d).ToList();
            periods.Add(ReadOne(sentence, figures, i, attached[i], sentenceDates, range, era, eventDate, context, continues));
        }

        YearAgoValues(sentence, figures, periods, attached);

        if (ownRange is { } r)
        {
            context.Range = r;
        }

        var explicitPeriod = periods.LastOrDefault(p => p.IsKnown && p.Basis != StatedAsCurrent && !p.Basis.StartsWith(DocumentWide, StringComparison.Ordinal));
        if (explicitPeriod is not null)
        {
            context.Last = explicitPeriod;
            context.LastYear = explicitPeriod.End?.Year;
        }

        return periods;
    }

    /// <summary>"from 11 trillion yuan in 2012 to 45.5 trillion yuan in 2021": the range the endpoints' own years span.</summary>
    private static (int From, int To)? AttachedRange(string sentence, IReadOnlyList<Figure> figures, List<DateSpan?> attached)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            if (FromToEndpoint(sentence, figures, i) == Endpoint.From && attached[i]?.From is { } a && attached[i + 1]?.To is { } b && a.Year < b.Year)
            {
                return (a.Year, b.Year);
            }
        }

        return null;
    }

    private static Period ReadOne(string sentence, IReadOnlyList<Figure> figures, int index, DateSpan? attached, List<DateSpan> dates,
        (int From, int To)? range, Period? era, DateOnly? eventDate, PeriodContext context, bool continues)
    {
        var figure = figures[index];
        if (Recurring().IsMatch(sentence) || dates.Any(d => d.IsSet) || figure.Unit == "years" && attached is null)
        {
            return Period.None("recurring or timeless");
        }

        if (attached is not null)
        {
            return IsYearBefore(sentence, attached) && OwnPeriod(sentence, figure, dates, attached, eventDate) is { } own
                ? new Period(own.Start!.Value.AddYears(-1), own.End!.Value.AddYears(-1), $"a year before {own.Basis}")
                : Anchored(sentence, attached, eventDate, context) ?? FromDate(attached, eventDate);
        }

        if (figure.Kind == FigureKind.Multiple && BaseYear(sentence, figure) is { } baseYear)
        {
            var reference = OtherYear(sentence, dates, baseYear) ?? context.LastYear ?? eventDate?.Year;
            return reference is { } y && y > baseYear
                ? new Period(new DateOnly(baseYear, 1, 1), new DateOnly(y, 12, 31), $"multiple of {baseYear}, as of {y}")
                : Period.Year(baseYear, $"multiple of {baseYear}");
        }

        var endpoint = FromToEndpoint(sentence, figures, index);
        if (range is null && endpoint != Endpoint.None)
        {
            return Period.None(endpoint == Endpoint.From ? UnstatedFrom : UnstatedTo);
        }

        if (range is { } r)
        {
            return endpoint switch
            {
                Endpoint.From => Period.Year(r.From, $"from {r.From} to {r.To}: start"),
                Endpoint.To => Period.Year(r.To, $"from {r.From} to {r.To}: end"),
                _ => Period.Year(r.To, $"from {r.From} to {r.To}: latest"),
            };
        }

        if (eventDate is { } said && LastTwelveMonths().IsMatch(sentence))
        {
            var monthEnd = new DateOnly(said.Year, said.Month, 1).AddDays(-1);
            return new Period(monthEnd.AddDays(1).AddMonths(-12), monthEnd, "the 12 full months before the event's month");
        }

        var candidates = dates.Where(d => !IsOtherTime(sentence, d) && !IsComparedValuesTime(sentence, figures, index, d)).ToList();
        var clauseStart = TextWindow.ClauseStart(sentence, figure.Start);
        var clauseEnd = TextWindow.ClauseEnd(sentence, figure.End);
        var sentenceDate = candidates.Where(d => d.Start >= clauseStart && d.End <= clauseEnd)
            .OrderBy(d => Math.Min(Math.Abs(d.Start - figure.End), Math.Abs(figure.Start - d.End))).FirstOrDefault()
            ?? candidates.FirstOrDefault();
        sentenceDate = Restated(sentence, sentenceDate, candidates);
        if (sentenceDate is not null && Anchored(sentence, sentenceDate, eventDate, context) is { } anchored)
        {
            return anchored;
        }

        if (sentenceDate is not null)
        {
            return SinceItsStart().IsMatch(sentence.AsSpan(Math.Max(0, sentenceDate.Start - 40), Math.Min(sentenceDate.Start, 40)))
                && sentenceDate.From is { } started
                ? new Period(started, eventDate ?? sentenceDate.To, $"since {started:yyyy-MM-dd}")
                : FromDate(sentenceDate, eventDate);
        }

        if (era is not null)
        {
            return era;
        }

        if (context.Document.Fiscal is { } fiscal && FiscalPeriods.Named(sentence, figure, fiscal) is { } named)
        {
            return named;
        }

        if (context.InList && HeadingPeriod(context, eventDate) is { } headed)
        {
            return headed;
        }

        if (context.Last is { } last && (continues || SimplePast().IsMatch(sentence) && CarriesToPastTense(last)))
        {
            return last with { Basis = "continues: " + last.Basis };
        }

        if (context.Document.Reference is { } documentPeriod && !StatedAsPresent().IsMatch(sentence))
        {
            return documentPeriod with { Basis = DocumentWide + documentPeriod.Basis };
        }

        return eventDate is { } e ? new Period(e, e, StatedAsCurrent) : Period.None("no time stated, event date unknown");
    }

    /// <summary>
    /// The period the heading of a list names, for an item that names none: its date ("In 2021:", read with the
    /// document's fiscal calendar, so a bare year is its fiscal year), else its period word ("Annual ...:" is the
    /// document's fiscal year, "Quarterly ...:" its quarter).
    /// </summary>
    private static Period? HeadingPeriod(PeriodContext context, DateOnly? eventDate)
    {
        if (context.Heading is not var (text, dates)) return null;
        var fiscal = context.Document.Fiscal;
        var period = FiscalYears.Resolve(text, dates, fiscal, context.Document.NationalFiscalYear, eventDate)
            .Where(d => !d.IsDuration && !d.IsTimeOfDay && !d.IsSet && d.From is not null && d.To is not null)
            .Select(d => FromDate(d, eventDate)).FirstOrDefault()
            ?? (fiscal is null ? null : FiscalPeriods.Heading(text, fiscal));
        return period is null ? null : period with { Basis = $"the list's heading \"{text}\": {period.Basis}" };
    }

    /// <summary>
    /// A time named by its last day or without its year: "the quarter ended Dec. 31" and "the three months to June" are
    /// that quarter; "that month", "for the month" is the month the paragraph last named, else the last
    /// full month before the event (a release reports on a month that is over); "the first quarter", "in December" in a
    /// text whose paragraph or headline last named a year is of that year (not of the event's) when it is over by the
    /// event, unless the document keeps a fiscal calendar, whose quarters are read by it. Null: the date as read.
    /// </summary>
    private static Period? Anchored(string sentence, DateSpan d, DateOnly? eventDate, PeriodContext context)
    {
        var words = sentence[d.Start..d.End];
        if (d.From is { } day && d.To == day && PeriodEndedBefore().Match(sentence[..d.Start]) is { Success: true } ended)
        {
            // "for the quarter ended Dec. 31": the quarter, not its last day.
            var months = ended.Groups["q"].Success ? 3 : ended.Groups["h"].Success ? 6 : 12;
            return new Period(day.AddDays(1).AddMonths(-months), day, $"the {months} months ended {day:yyyy-MM-dd}");
        }

        if (d.From is { Day: 1 } monthStart && d.To is { } monthEnd && monthEnd == monthStart.AddMonths(1).AddDays(-1)
            && PeriodEndedBefore().Match(sentence[..d.Start]) is { Success: true } span && (span.Groups["q"].Success || span.Groups["h"].Success))
        {
            // "for the three months to June": the quarter ending with that month (a 12-month rate keeps its month).
            var months = span.Groups["q"].Success ? 3 : 6;
            return new Period(monthStart.AddMonths(1 - months), monthEnd, $"the {months} months to {monthEnd:yyyy-MM}");
        }

        if (DefiniteUnit().Match(words) is { Success: true } unit)
        {
            var month = unit.Groups["u"].Value.Equals("month", StringComparison.OrdinalIgnoreCase);
            if (context.Last is { Start: { } s, End: { } e } last && e.DayNumber - s.DayNumber is var days && (month ? days is >= 27 and <= 30 : days is >= 88 and <= 91))
                return last with { Basis = $"\"{words}\": {last.Basis}" };
            if (eventDate is not { } said)
                return null;
            var end = month ? new DateOnly(said.Year, said.Month, 1).AddDays(-1) : new DateOnly(said.Year, (said.Month - 1) / 3 * 3 + 1, 1).AddDays(-1);
            return new Period(end.AddDays(1).AddMonths(month ? -1 : -3), end, $"\"{words}\": the last full {unit.Groups["u"].Value.ToLowerInvariant()} before the event");
        }

        if (d.Timex is { } timex && timex.TrimStart('(').StartsWith("XXXX", StringComparison.Ordinal) && !words.Contains("this", StringComparison.OrdinalIgnoreCase)
            && !words.Contains("last", StringComparison.OrdinalIgnoreCase) && !words.Contains("next", StringComparison.OrdinalIgnoreCase)
            && context.Document.Fiscal is null && d.From is { } from && d.To is { } to
            && (context.LastYear ?? context.Document.Reference?.End?.Year) is { } year && year != to.Year && from.Year == to.Year
            && !(to.AddYears(year - to.Year) >= eventDate)) // a period reported on is over by the event
        {
            return new Period(from.AddYears(year - from.Year), to.AddYears(year - to.Year), $"\"{words}\" of {year}, the year the text last named");
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:(?<q>quarter|three[\s-]months?)|(?<h>half(?:[\s-]year)?|six[\s-]months?)|(?:fiscal\s+|financial\s+)?year|twelve[\s-]months?|12[\s-]months?)\s+(?:that\s+)?(?:ended|ending|to)\s+(?:on\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEndedBefore();

    [GeneratedRegex(@"^(?:(?:in|for|during|over)\s+)?(?:that|the|the\s+same)\s+(?<u>month|quarter)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteUnit();

    /// <summary>"over the last 12 months", "in the past year": the 12 months a release reports on, which end with the last
    /// full month before it.</summary>
    [GeneratedRegex(@"\b(?:over|in|during|for)\s+the\s+(?:last|past|previous|latest)\s+(?:12|twelve)\s+months\b|\bover\s+the\s+(?:last|past)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastTwelveMonths();

    /// <summary>Prefix of the basis of a period taken from the document rather than the sentence.</summary>
    public const string DocumentWide = "no time in the sentence: ";

    /// <summary>"have reached", "now", "so far": a figure stated as current, as of the event date, whatever the document reports.</summary>
    [GeneratedRegex(@"\b(?:has|have|'ve)\s+(?:now\s+|already\s+|so\s+far\s+|also\s+)?(?:been|become|reached|grown|risen|fallen|got|gotten|hit|surpassed|exceeded|topped|passed|\w+ed)\b|\b(?:now|currently|so\s+far|to\s+date|at\s+present|as\s+of\s+now|as\s+of\s+today)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedAsPresent();

    /// <summary>"GDP at constant (2011-12) prices", "at 2015 prices": the base year of a price index, not a time of the figure.</summary>
    private static bool IsPriceBase(string sentence, DateSpan d) =>
        PriceBaseAfter().IsMatch(sentence.AsSpan(d.End)) || PriceBaseBefore().IsMatch(sentence.AsSpan(0, d.Start));

    [GeneratedRegex(@"^\)?\s*(?:constant\s+)?prices\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceBaseAfter();

    [GeneratedRegex(@"\b(?:constant|base\s+year)\s*\(?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceBaseBefore();

    /// <summary>
    /// "posted revenue of $90.1 billion, compared to revenue of $83.4 billion and profit of $20.6 billion in the year-ago
    /// quarter", "$42.6 billion (vs. $38.9 billion YoY)": the figures between the comparison and the year-ago words are of
    /// the period of the last figure stated before the comparison, a year before.
    /// </summary>
    /// A figure with a time of its own ("as against 6.1 per cent in January-March, while 13.1 per cent in the year-ago
    /// quarter") keeps it; "on a YoY basis" names the horizon of a rate, not a year-ago value.
    private static void YearAgoValues(string sentence, IReadOnlyList<Figure> figures, List<Period> periods, List<DateSpan?> attached)
    {
        if (YearAgoComparison().Match(sentence) is not { Success: true } m)
            return;
        var y = m.Groups["y"];
        if (PeriodWords.Shipped.HorizonBasis.Matches(sentence).Any(b => b.Index <= y.Index && y.Index + y.Length <= b.Index + b.Length))
            return;
        var from = m.Groups["c"].Index;
        var to = m.Groups["y"].Index;
        if (periods.Where((p, j) => figures[j].End <= from).LastOrDefault(p => p.Start is not null && p.End is not null) is not { Start: { } start, End: { } end } stated)
            return;
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Start > from && figures[i].End <= to && (attached[i] is not { } own || own.Start < y.Index + y.Length && y.Index < own.End))
                periods[i] = stated.YearEarlier($"a year before {stated.Basis} (\"{m.Groups["y"].Value}\")");
        }
    }

    [GeneratedRegex(@"(?<c>\b(?:compared\s+(?:to|with)|versus|vs\.?|as\s+against|up\s+from|down\s+from)\b)[^;]*?(?<y>\b(?:the\s+)?(?:year[\s-]ago|year[\s-]earlier|prior[\s-]year|previous\s+year['’]s)\s+(?:quarter|period|month|half|year)\b|\bthe\s+same\s+(?:quarter|period|month|half)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b|\b(?:YoY|Y/Y)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearAgoComparison();

    /// <summary>"a year earlier", "a year ago", "the previous year": a time one year before the sentence's own.</summary>
    private static bool IsYearBefore(string sentence, DateSpan d) => YearBeforeWords().IsMatch(sentence[d.Start..d.End]);

    [GeneratedRegex(@"^(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+year|the\s+year\s+before)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearBeforeWords();

    /// <summary>
    /// The sentence's own time for a figure whose date is "a year earlier" ("In the first half of 2021, 37% ..., up from 21%
    /// a year earlier"): the date nearest the figure that is neither that one nor a comparison base; null when none.
    /// </summary>
    private static Period? OwnPeriod(string sentence, Figure figure, List<DateSpan> dates, DateSpan yearBefore, DateOnly? eventDate) =>
        dates.Where(d => d != yearBefore && !IsComparisonBase(sentence, d) && !IsYearBefore(sentence, d) && d.From is not null && d.To is not null)
            .OrderBy(d => Math.Min(Math.Abs(d.Start - figure.End), Math.Abs(figure.Start - d.End)))
            .Select(d => FromDate(d, eventDate))
            .FirstOrDefault(p => p.Start is not null && p.End is not null);

    /// <summary>"since its launch in 2010", "since the reform began in 2015": the time from then to the event.</summary>
    [GeneratedRegex(@"\bsince\s+(?:its|their|the|our)\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:in|began\s+in|started\s+in)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceItsStart();

    /// <summary>A year, a longer span, or a point in time carries to the next simple-past sentence; a quarter or a month is
    /// usually the time of its own sentence only.</summary>
    private static bool CarriesToPastTense(Period last) =>
        last.Start is { } s && last.End is { } e && (s == e || e.DayNumber - s.DayNumber >= 360);

    private static Period FromDate(DateSpan d, DateOnly? eventDate)
    {
        var mod = d.Mod ?? "";
        if (mod.Contains("since", StringComparison.Ordinal) || mod == "after")
        {
            return new Period(d.From, eventDate ?? d.To, $"since {d.From:yyyy-MM-dd}");
        }

        if (mod is "before" && d.Timex is { Length: 4 } year && int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
        {
            // "by 2025": by the end of that year.
            return new Period(new DateOnly(y, 12, 31), new DateOnly(y, 12, 31), $"by the end of {y}");
        }

        if (mod.Contains("end", StringComparison.Ordinal) || mod is "before" or "until")
        {
            return new Period(d.To, d.To, $"as of {d.To:yyyy-MM-dd}");
        }

        return new Period(d.From, d.To, d.Timex ?? "date");
    }

    /// <summary>Bases of the endpoints of a "from A to B" whose years no words state (resolved per document later).</summary>
    public const string UnstatedFrom = "from A to B, years not stated: start";
    public const string UnstatedTo = "from A to B, years not stated: end";

    /// <summary>Basis of a figure with no time in its words, taken as of the event date.</summary>
    public const string StatedAsCurrent = "as of the event date (stated as current)";

    private enum Endpoint
    {
        None,
        From,
        To,
    }

    /// <summary>Is the figure the A or the B of "from A to B"?</summary>
    private static Endpoint FromToEndpoint(string sentence, IReadOnlyList<Figure> figures, int index)
    {
        var f = figures[index];
        var before = sentence[Math.Max(0, f.Start - 25)..f.Start];
        if (FromBefore().IsMatch(before) && index + 1 < figures.Count && ToBetween().IsMatch(Between(sentence, f, figures[index + 1])))
        {
            return Endpoint.From;
        }

        if (index > 0 && ToBetween().IsMatch(Between(sentence, figures[index - 1], f)) && FromBefore().IsMatch(
                sentence[Math.Max(0, figures[index - 1].Start - 25)..figures[index - 1].Start]))
        {
            return Endpoint.To;
        }

        return Endpoint.None;
    }

    private static string Between(string s, Figure a, Figure b) => a.End <= b.Start ? s[a.End..b.Start] : "";

    [GeneratedRegex(@"\bfrom\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?(?:US|RMB|\$)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^[^,;]{0,40}\bto\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+|almost\s+)?(?:US|RMB|\$)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBetween();

    /// <summary>"from 2012 to 2021", "between 2012 and 2021", "2012-2021": the years a sentence spans.</summary>
    private static (int From, int To)? YearRange(string sentence, List<DateSpan> dates)
    {
        var m = YearRangePattern().Match(sentence);
        if (m.Success)
        {
            return (int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var years = dates.Where(d => d.From is { } f && d.To is { } t && f.Year == t.Year && f.DayOfYear == 1 && t.Month == 12 && t.Day == 31)
            .Select(d => d.From!.Value.Year).Distinct().ToList();
        return years.Count == 2 && FromToWords().IsMatch(sentence) ? (years.Min(), years.Max()) : null;
    }

    [GeneratedRegex(@"\b(?:from|between)\s+(?<a>(?:19|20)\d\d)\s+(?:to|and|through|until)\s+(?<b>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRangePattern();

    [GeneratedRegex(@"\bfrom\b[^.]*\bto\b", RegexOptions.IgnoreCase)]
    private static partial Regex FromToWords();

    /// <summary>A date right after the figure ("45.5 trillion yuan in 2021", "78.2 years in 2021").</summary>
    private static DateSpan? Attached(string sentence, Figure figure, List<DateSpan> dates) =>
        dates.FirstOrDefault(d => d.Start >= figure.End && d.Start - figure.End <= 12
            && AttachWords().IsMatch(sentence[figure.End..d.Start]) && !IsComparisonBase(sentence, d) && !IsReportDay(sentence, d));

    [GeneratedRegex(@"^(?:\s*years?\b)?[\s\w]{0,4}\s*(?:in|as\s+of|by|at\s+the\s+end\s+of|for|during)?\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AttachWords();

    private static bool IsComparisonBase(string sentence, DateSpan d) =>
        d.Start >= 4 && (ComparisonBaseWords().IsMatch(sentence[Math.Max(0, d.Start - 40)..d.Start])
            || OverBefore().IsMatch(sentence[Math.Max(0, d.Start - 10)..d.Start]) && EarlierTime().IsMatch(sentence.AsSpan(d.Start, d.End - d.Start))
            || IsRecordSince(sentence, d));

    /// <summary>"the first expansion since April 2021", "the highest level since 2015": the time a record is measured against.</summary>
    private static bool IsRecordSince(string sentence, DateSpan d)
    {
        var before = sentence.AsSpan(Math.Max(0, d.Start - 50), Math.Min(d.Start, 50));
        return RecordBefore().IsMatch(before)
            && (before.TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase) || sentence.AsSpan(d.Start).StartsWith("since", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\b(?:first|highest|lowest|biggest|largest|fastest|slowest|strongest|weakest|best|worst|most|least)\b[\w\s\-]{0,30}?\s+(?:since\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordBefore();

    /// <summary>"an increase of 1.2 million tonnes over last year": "over" before an earlier time names a comparison base.</summary>
    [GeneratedRegex(@"\bover\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OverBefore();

    [GeneratedRegex(@"^(?:last|previous|prior|the\s+(?:previous|prior|same)|a\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierTime();

    /// <summary>The time a figure is compared with, not its own: "that of 2012", "than a year ago", "from a year earlier".</summary>
    [GeneratedRegex(@"\b(?:(?:that|those|level|figure|number)\s+(?:of|in)|than|compared\s+(?:with|to)|versus|vs\.?|from|as\s+(?:many|much)(?:\s+[\w\-]+){0,4}?\s+as)(?:\s+(?:in|at|during))?\s+(?:the\s+)?(?:the\s+same\s+(?:period|time|month|quarter)(?:\s+(?:of|in|last))?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonBaseWords();

    /// <summary>
    /// A date that is not the sentence's own time: a comparison base, "a year earlier", or the date of a compared value
    /// ("compared with 48 percent in 2019"), which belongs to that value only.
    /// </summary>
    private static bool IsOtherTime(string sentence, DateSpan d) =>
        IsComparisonBase(sentence, d) || IsYearBefore(sentence, d) || IsComparedValueDate(sentence, d) || IsReportDay(sentence, d);

    /// <summary>"in the last quarter (Q4 FY22-23)": a date restated in brackets right after it is the same time, said exactly.</summary>
    private static DateSpan? Restated(string sentence, DateSpan? d, List<DateSpan> candidates) =>
        d is null ? null : candidates.FirstOrDefault(r => r.Start > d.End && r.From is not null && r.To is not null
            && sentence.AsSpan(d.End, r.Start - d.End).Trim().SequenceEqual("(") && sentence.AsSpan(r.End).TrimStart().StartsWith(")")) ?? d;

    /// <summary>
    /// "$394.3 billion in sales, up from $365.8 billion in sales and $94.7 billion in net income for fiscal 2021": a time
    /// stated after the values a comparison introduces is theirs, not that of a figure before the comparison.
    /// </summary>
    private static bool IsComparedValuesTime(string sentence, IReadOnlyList<Figure> figures, int index, DateSpan d)
    {
        var figure = figures[index];
        if (d.Start <= figure.End) return false;
        foreach (Match m in PeriodWords.Shipped.ComparisonMarkers.Matches(sentence, figure.End))
        {
            if (m.Index >= d.Start) break;
            if (figures.Any(g => g.Start >= m.Index + m.Length && g.End <= d.Start)) return true;
        }

        return false;
    }

    /// <summary>"reported ... on Tuesday": the day of a report is when it was said, not the time its figures measure.</summary>
    private static bool IsReportDay(string sentence, DateSpan d) =>
        Weekday().IsMatch(sentence.AsSpan(d.Start, d.End - d.Start))
        || DatelinePlace().IsMatch(sentence.AsSpan(0, d.Start)) && DatelineEnd().IsMatch(sentence.AsSpan(d.End));

    /// <summary>"BEIJING, January 17 (Xinhua) —", "LONDON, Oct 19 -": a news dateline, the day the story was filed.</summary>
    [GeneratedRegex(@"^\s*[A-Z][A-Z .'\-]+,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^\s*(?:,\s*\d{4}\s*)?(?:\([^)]{1,40}\)\s*)?[—–-]", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineEnd();

    [GeneratedRegex(@"^(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>"compared with 48 percent in 2019": the date of an earlier value, not a time for the sentence's other figures.</summary>
    private static bool IsComparedValueDate(string sentence, DateSpan d) =>
        ComparedValueBefore().IsMatch(sentence[Math.Max(0, d.Start - 60)..d.Start]);

    [GeneratedRegex(@"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|from)\s+" + PhrasePatterns.Hedge + @"(?:(?:US\$|\$)?\d[\d.,]*|(?:a|an|one|two|three|four)\s+(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths))\s*(?:%|percent|per\s+cent|(?:hundred|thousand|million|billion|trillion)(?:\s+[a-z]+)?)?\s+(?:in|as\s+of|by|at\s+the\s+end\s+of|during)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedValueBefore();

    private static int? BaseYear(string sentence, Figure figure)
    {
        var m = BaseYearPattern().Match(sentence, figure.End, sentence.Length - figure.End);
        return m.Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:\s+and\s+[\d.]+\s+times)?\s+(?:(?:that|those|the\s+level|the\s+figure|the\s+number)\s+(?:of|in)|as\s+(?:many|much)(?:\s+[\w\-]+){0,4}?\s+as\s+(?:in|there\s+were\s+in)|as\s+(?:many|much)(?:\s+[\w\-]+){0,4}?\s+as)\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaseYearPattern();

    private static int? OtherYear(string sentence, List<DateSpan> dates, int baseYear) =>
        dates.Where(d => !IsComparisonBase(sentence, d) && d.To is { } t && t.Year != baseYear).Select(d => (int?)d.To!.Value.Year).FirstOrDefault();

    /// <summary>
    /// A simple-past report ("Exports rose 10.5 percent") takes its time from the sentence before it in the paragraph;
    /// a present perfect ("have reached") states the present.
    /// </summary>
    [GeneratedRegex(@"^(?:(?!\b(?:has|have|had|will|would|is|are|now|currently)\b)[^,;])*?\b(?:rose|grew|fell|increased|decreased|declined|dropped|jumped|climbed|hit|reached|stood|totaled|totalled|amounted|exceeded|was|were|expanded|contracted|gained|slipped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SimplePast();

    [GeneratedRegex(@"\b(?:each|every)\s+(?:year|month|week|day|quarter)\b|\bannually\b|(?<!\b(?:from|than|over|for|in|within|about|nearly|almost|half|past|last|next|once|in\s+less\s+than)\s+)\ba\s+year\b(?!(?:\s+|-)(?:earlier|ago|before|later|after|on|over|from|since|or\s+two))", RegexOptions.IgnoreCase)]
    private static partial Regex Recurring();

    [GeneratedRegex(@"^\s*(?:moreover|furthermore|in\s+addition|additionally|meanwhile|besides|also|at\s+the\s+same\s+time)\b|\b(?:have|has|had|were|was)\s+also\b|\bwe\s+also\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();
}
