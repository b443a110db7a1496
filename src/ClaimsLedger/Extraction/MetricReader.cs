using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Reads what a figure measures from the structure of its sentence: the noun phrase it counts ("455 million 5G mobile
/// users"), the subject of its clause ("the number of internet users grew from N"), shares ("X accounted for N% of Y"),
/// ranks ("ranks second in X"), multiples ("X was four times that of 2012"), then maps the phrase through the catalogue.
/// </summary>
public sealed partial class MetricReader(MetricCatalog catalog)
{
    public MetricReading Read(string sentence, IReadOnlyList<Figure> figures, int index)
    {
        var figure = figures[index];

        // "12.7 million pounds ($15.9 million)": a conversion in brackets measures what the figure before it measures.
        if (index > 0 && (ConversionBetween().IsMatch(Between(sentence, figures[index - 1], figure))
            || ConversionListed().IsMatch(Between(sentence, figures[index - 1], figure)) && InsideBrackets(sentence, figure.Start)))
        {
            return Read(sentence, figures, index - 1);
        }

        // "net quarterly profit of $20.7 billion, or $1.29 per diluted share": the amount before, restated per share.
        if (index > 0 && figure.Kind == FigureKind.Money && figures[index - 1].Kind == FigureKind.Money
            && OrBetween().IsMatch(Between(sentence, figures[index - 1], figure)) && PerShareAfter().Match(sentence[figure.End..]) is { Success: true } per)
        {
            var (amount, amountPhrase, _, _) = Read(sentence, figures, index - 1);
            var perShare = amount + " " + per.Value.Trim().ToLowerInvariant();
            return Named(perShare, figure, amountPhrase);
        }

        // "37%, up from 21% a year earlier", "£87.1bn, or 3.1% of GDP, down from £120.3bn": the earlier value of the
        // quantity last stated in the same kind of unit, unless the figure names its own ("up from $365.8 billion in sales
        // and $94.7 billion in net income").
        if (index > 0 && EarlierValueBefore().IsMatch(sentence.AsSpan(0, figure.Start).ToString()) && !MoneyInThing(sentence, figure))
        {
            var earlier = index - 1;
            while (earlier > 0 && figures[earlier].Kind != figure.Kind)
            {
                earlier--;
            }

            return Read(sentence, figures, figures[earlier].Kind == figure.Kind ? earlier : index - 1);
        }

        // "4.8% in the first quarter, 0.4% in the second and 3.9% in the third": a list whose items differ only in time.
        if (index > 0 && figures[index - 1].Kind == figure.Kind && ListedAfter().IsMatch(Between(sentence, figures[index - 1], figure)))
        {
            return Read(sentence, figures, index - 1);
        }

        // "between 2 million and 3 million people", "2-3 billion dollars": the lower end counts what the upper end counts.
        if (index + 1 < figures.Count && (RangeStart().IsMatch(sentence.AsSpan(0, figure.Start).ToString())
            && RangeAnd().IsMatch(Between(sentence, figure, figures[index + 1])) || RangeDash().IsMatch(Between(sentence, figure, figures[index + 1]))))
        {
            return Read(sentence, figures, index + 1);
        }

        // "52,000 employees, 8% fewer than a year ago": the change of the quantity just named.
        if (index > 0 && ChangeReader.DirectionAfter(sentence, figure) is { } comparedChange)
        {
            var (previous, previousPhrase, _, _) = Read(sentence, figures, index - 1);
            return Changed(previous, comparedChange, figure, previousPhrase);
        }

        // "a 9% increase in annual earnings per share to $6.11": the level the thing named after the change reached.
        if (index > 0 && ChangeReader.ChangedThingAfter(sentence, figures[index - 1]) is var (_, reached)
            && LevelTo().IsMatch(Between(sentence, figures[index - 1], figure)))
        {
            var reachedLevel = MetricPhrase.Normalize(reached);
            return Named(reachedLevel, figure, reached);
        }

        // "a 9% increase in annual earnings per share": the thing named after the change.
        if (figure.Kind == FigureKind.Percent && ChangeReader.ChangedThingAfter(sentence, figure) is var (after, named))
        {
            var changedNamed = MetricPhrase.Normalize(named) + " " + after;
            return Named(changedNamed, figure, named);
        }

        if (figure.Kind is not (FigureKind.Rank or FigureKind.Multiple) && ChangeReader.TransitiveChange(sentence, figure) is var (way, thing))
        {
            return Changed(MetricPhrase.Normalize(thing), way, figure, thing);
        }

        // "raised average life expectancy to 78.2 years": the level of the verb's object.
        if (ChangeReader.LeveledObject(sentence, figure) is { } leveled)
        {
            var level = MetricPhrase.Normalize(leveled);
            return Named(level, figure, leveled);
        }

        if (ChangeReader.Direction(sentence, figure) is { } change)
        {
            var subject = ClauseSubject(sentence, figure.Start);
            var changed = HeadlineDirection().Replace(MetricPhrase.Normalize(subject), "").Trim(); // "China's GDP up 3%"
            return Changed(changed, change, figure, subject.Trim());
        }

        var (phrase, basis) = figure.Kind switch
        {
            FigureKind.Rank => (RankSubject(sentence, figure), null),
            FigureKind.Multiple => (AsManyAs(sentence, figure) ?? MultipleOfFigureBefore(sentence, figures, index) ?? ClauseSubject(sentence, figure.Start),
                MultipleBasis(sentence, figure)),
            FigureKind.Percent or FigureKind.Fraction or FigureKind.PercentagePoint => ShareOf(sentence, figures, index),
            FigureKind.Measure when figure.Unit == "years" => (YearsOf(sentence, figure), null),
            _ => (CountedThing(sentence, figure), null),
        };

        if (figure.Kind == FigureKind.Count && Editions(sentence, figure) is { } edition)
        {
            var editions = MetricPhrase.Normalize(edition) + " editions";
            return new(catalog.Resolve(editions, "count") ?? editions, edition, null);
        }

        // "...; today the figure is 22 percent": "the figure" is the quantity just named.
        if (index > 0 && AnaphoricPhrase().IsMatch(MetricPhrase.Normalize(phrase)))
        {
            return Read(sentence, figures, index - 1);
        }

        phrase = Respectively(sentence, figure, phrase);
        var normalized = MetricPhrase.Normalize(phrase);
        var unitKind = UnitKind(figure);
        var name = figure.Kind switch
        {
            FigureKind.Rank => (catalog.Resolve(normalized, "rank") ?? (catalog.Resolve(normalized, null) ?? normalized) + " world rank"),
            FigureKind.Multiple when basis is not null => (catalog.Resolve(normalized, "times") ?? normalized) + " multiple of " + Basis(basis),
            _ when basis is not null => catalog.Resolve((normalized + " share of " + MetricPhrase.Normalize(basis)).Trim(), unitKind)
                ?? (normalized + " share of " + MetricPhrase.Normalize(basis)).Trim(),
            _ => catalog.Resolve(normalized, unitKind) ?? normalized,
        };
        if (figure.Kind == FigureKind.Count && ActionOn(sentence, figure) is { } action && !name.EndsWith(action, StringComparison.Ordinal))
        {
            name += " " + action;
        }

        return new(name.Length == 0 ? "unspecified " + figure.Unit : name.Trim(), phrase.Trim(), basis);
    }

    /// <summary>What a multiple is of: its normalised words, or the year itself ("four times that of 2012").</summary>
    private static string Basis(string basis) => MetricPhrase.Normalize(basis) is { Length: > 0 } words ? words : basis.Trim().ToLowerInvariant();

    /// <summary>"in the world", "in the region": where the ranking is, not what is ranked.</summary>
    [GeneratedRegex(@"^(?:|world|region|country|nation|globe|asia|europe|africa|continent)$")]
    private static partial Regex PlaceOnly();

    [GeneratedRegex(@"^(?:figure|number|rate|share|total|level|proportion|ratio|amount)$")]
    private static partial Regex AnaphoricPhrase();

    [GeneratedRegex(@"^\s*,\s*or\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OrBetween();

    [GeneratedRegex(@"^\s*per\s+(?:diluted\s+|basic\s+)?share\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerShareAfter();

    [GeneratedRegex(@"\s+(?:up|down)$")]
    private static partial Regex HeadlineDirection();

    [GeneratedRegex(@"\sto\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelTo();

    /// <summary>A metric name built from the sentence's words, as the catalogue calls it in the figure's kind of unit.</summary>
    private MetricReading Named(string name, Figure figure, string phrase) =>
        new(catalog.Resolve(name, UnitKind(figure)) ?? name, phrase, null);

    /// <summary>
    /// The change of a thing: its growth, where a fall ("fell 0.4 percent", "down 2.0%", "a decrease of 6 percent") is
    /// growth below zero, so that a rise and a fall of the same thing are one series and can contradict each other.
    /// </summary>
    private MetricReading Changed(string thing, string direction, Figure figure, string phrase) =>
        Named((thing + " " + ChangeReader.Growth).Trim(), figure, phrase) with { Falls = direction == ChangeReader.Decline };

    private static string Between(string sentence, Figure a, Figure b) => a.End <= b.Start ? sentence[a.End..b.Start] : "";

    [GeneratedRegex(@"^\s*\(\s*(?:about|around|approximately|roughly|or|some|nearly|over|more\s+than|~|≈)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ConversionBetween();

    /// <summary>"(£2.1 billion/$2.7 billion)", "($5 billion, £3.8 billion)": the next conversion in the same brackets.</summary>
    [GeneratedRegex(@"^\s*[/,;]\s*(?:~|about\s+|around\s+|approximately\s+|roughly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConversionListed();

    private static bool InsideBrackets(string sentence, int position) =>
        sentence.LastIndexOf('(', Math.Max(0, position - 1)) is var open && open >= 0 && sentence.IndexOf(')', open) is var close && (close < 0 || close > position);

    /// <summary>A bracket right after a figure: a conversion or an aside before the noun the figure modifies.</summary>
    [GeneratedRegex(@"\G\s*\([^()]{1,60}\)")]
    private static partial Regex BracketAfter();

    [GeneratedRegex(@"\bbetween\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"^\s*[-–—]\s*$")]
    private static partial Regex RangeDash();

    /// <summary>"up from", "a steep fall from", "compared with a rise of", "as against": the earlier value of a quantity.</summary>
    [GeneratedRegex(@"\b(?:(?:up|down|rising|falling|increasing|decreasing|climbing|dropping)\s+from|(?:a\s+)?(?:(?:steep|sharp|slight|marginal|big)\s+)?(?:fall|rise|drop|decline|increase|jump|slide|surge)\s+from|compared\s+(?:with|to)(?:\s+(?:an?|the)(?:\s+(?:rise|fall|increase|decrease|decline|growth|drop|gain)\s+of)?)?|(?:as\s+)?against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?(?:US\$|\$|Rs\.?\s?|£|€)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierValueBefore();

    /// <summary>Between two items of a list that differ only in time: "0.4% in the second quarter, 3.9%" (the earlier
    /// item's time phrase, then a comma or "and"). Without the time phrase ("1.7 times and 3.8 times") the figures may
    /// be about coordinated things, which <c>Respectively</c> pairs.</summary>
    [GeneratedRegex(@"^\s*(?:(?:in|during|for|on)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|previous|same)\s+)?(?:quarter|half|month|year|period|" + PhrasePatterns.Month + @"|(?:19|20)\d\d)(?:\s+(?:of\s+)?(?:19|20)\d\d)?|year[\s-]on[\s-]year|month[\s-]on[\s-]month)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:about\s+|around\s+|nearly\s+|some\s+)?(?:US\$|\$|Rs\.?\s?|£|€)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListedAfter();

    [GeneratedRegex(@"^\s*(?:%|percent|million|billion|trillion|thousand)?\s*and\s+(?:\$|US\$)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeAnd();

    /// <summary>
    /// The metric without its subject, which the claim keeps apart: "apple reported revenue" about Apple is "revenue",
    /// "us unemployment rate" about the United States is "unemployment rate", "fine on didi" about Didi is "fine"; then the
    /// catalogue again.
    /// </summary>
    public string WithoutSubject(string metric, Figure figure, IEnumerable<string> subjectWords, IReadOnlySet<string> ownerVerbs)
    {
        var words = metric.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var subject in subjectWords.Select(MetricPhrase.Normalize).Where(w => w.Length > 0).Distinct())
        {
            var parts = subject.Split(' ');
            if (parts.Length <= words.Count && words.Take(parts.Length).SequenceEqual(parts))
                words.RemoveRange(0, parts.Length); // only a subject that opens the phrase ("apple reported revenue")
            else if (parts.Length + 1 < words.Count && words[^(parts.Length + 1)] == "on" && words.TakeLast(parts.Length).SequenceEqual(parts))
                words.RemoveRange(words.Count - parts.Length - 1, parts.Length + 1); // or the party a penalty is on ("fine on didi")
        }
        while (words.Count > 1 && ownerVerbs.Contains(words[0])) words.RemoveAt(0);
        if (words.Count == 0 || words.Count == metric.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) return metric;
        var rest = string.Join(' ', words);
        return catalog.Resolve(rest, UnitKind(figure)) ?? rest;
    }

    internal static string UnitKind(Figure f) => f.Kind switch
    {
        FigureKind.Money => "currency",
        FigureKind.Percent or FigureKind.Fraction or FigureKind.PercentagePoint => "percent",
        FigureKind.Rank => "rank",
        FigureKind.Multiple => "times",
        FigureKind.Measure => "measure",
        _ => "count",
    };

    /// <summary>"a high-speed rail network of more than": the thing a measure or a sum is of, before it.</summary>
    [GeneratedRegex(@"\b(?:a|an|the|its|their|our)\s+(?<np>(?!(?:a|an|the|its|their|our)\b)[\w\-'’]+(?:\s+(?!(?:a|an|the|its|their|our)\b)[\w\-'’]+){0,4}?)\s+of\s+" + PhrasePatterns.Hedge + @"(?:US\$|\$|£|€)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NounOfBefore();

    [GeneratedRegex(@"\b(?:largest|biggest|longest|highest|fastest|greatest|most|best|world['’]s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superlatives();

    /// <summary>Words after "N yuan in" that start a time, a place or a total rather than the thing paid.</summary>
    private static readonly HashSet<string> NotAThing =
    [
        "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "a", "an", "last", "next", "total", "all",
        "each", "every", "cash", "recent", "early", "late", "mid", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "spring", "summer", "autumn", "winter", "fiscal",
    ];

    private static readonly HashSet<string> StopAfter =
    [
        "in", "on", "at", "to", "from", "for", "with", "by", "via", "into", "over", "under", "per", "each", "every", "than",
        "as", "that", "which", "who", "whose", "have", "has", "had", "is", "are", "was", "were", "be", "been", "being", "will",
        "would", "can", "could", "may", "should", "must", "do", "does", "did", "respectively", "this", "these", "while",
        "across", "within", "among", "including", "such", "compared", "up", "down", "since", "during", "after", "before",
        "between", "through", "against", "annually", "so", "far", "you", "we", "they", "he", "she", "it", "i", "or", "and",
        "of", "the", "a", "an", "less", "nearly", "about", "around", "last", "year", "years", "yuan", "dollars",
        "percent", "times", "where", "when", "if", "but", "not", "only", "also", "both", "all", "out", "off", "now",
        "found", "finds", "showed", "shows", "said", "says", "indicated", "revealed", "reported", "suggests", "suggested",
    ];

    private static readonly HashSet<string> ContainerNouns = ["pieces", "piece", "items", "units", "sets", "kinds", "types", "cases", "copies", "batches", "tons", "number"];

    private static readonly HashSet<string> TimeWords = ["last", "this", "next", "year", "years", "month", "ago", "today", "yesterday", "now", "since", "during", "in", "by"];

    private static readonly HashSet<string> GenericHeads =
        ["people", "persons", "individuals", "residents", "users", "households", "visitors", "participants", "children", "adults", "students", "patients", "workers", "firms", "companies"];

    /// <summary>The noun phrase right after the figure ("455 million [5G mobile users]"), else the subject of its clause.</summary>
    /// <summary>"$3 million in damages": an amount followed by "in" and the thing it is counted in.</summary>
    private static bool MoneyInThing(string sentence, Figure figure) =>
        figure.Kind == FigureKind.Money && MoneyIn().Match(sentence, figure.End) is { Success: true } m
        && !NotAThing.Contains(m.Groups["w"].Value.ToLowerInvariant());

    [GeneratedRegex(@"\G\s+in\s+(?<w>[a-z][\w\-]*)")]
    private static partial Regex MoneyIn();

    private static string CountedThing(string sentence, Figure figure)
    {
        // "a record €4.34bn (£3.8bn) fine": the noun after a conversion in brackets.
        var from = BracketAfter().Match(sentence, figure.End) is { Success: true } bracket ? bracket.Index + bracket.Length : figure.End;
        var tokens = TextWindow.Tokens(sentence, from, Math.Min(sentence.Length, from + 120));
        var words = new List<string>();
        for (var i = 0; i < tokens.Count && words.Count < 8; i++)
        {
            var w = tokens[i].Word;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Word : "";
            if (w == "of" && words.Count > 0 && ContainerNouns.Contains(words[^1]))
            {
                words.Add(w);
                continue;
            }

            if (w == "and" && words.Count > 0 && next.Length > 0 && char.IsLetter(next[0]) && !StopAfter.Contains(next))
            {
                words.Add(w);
                continue;
            }

            if (words.Count == 0 && figure.Kind == FigureKind.Money && string.Equals(w, figure.Unit, StringComparison.OrdinalIgnoreCase))
            {
                continue; // "$90.1 billion USD in revenue": the code restates the figure's currency
            }

            if (words.Count == 0 && (w is "more" or "additional" or "extra" or "fewer"
                || w == "of" && figure.Kind is FigureKind.Measure or FigureKind.Money
                || w == "in" && figure.Kind == FigureKind.Money && next.Length > 0 && char.IsLower(next[0]) && !NotAThing.Contains(next)))
            {
                continue; // "120,000 kilometers of railway", "5 billion yuan of investment", "$3 million in damages"
            }

            if (char.IsDigit(w[0]) && words.Count > 0 && !w.Any(char.IsLetter))
            {
                break; // "1,234 cases involving 5,678 suspects": another figure starts
            }

            if (char.IsDigit(w[0]) && words.Count > 0 && words.LastIndexOf("and") is var joined && joined > 0)
            {
                // "1.5m homes and hire 20,000 officers": the "and" joined another clause, not another noun.
                words.RemoveRange(joined, words.Count - joined);
                break;
            }

            if (StopAfter.Contains(w) || w == "more" || !char.IsLetterOrDigit(w[0]) || char.IsDigit(w[0]) && words.Count == 0 && w.Length > 2)
            {
                break;
            }

            words.Add(w);
        }

        while (words.Count > 0 && words[^1] is "and" or "of")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 0 && SampleBefore().IsMatch(sentence.AsSpan(0, figure.Start).ToString()))
        {
            return string.Join(' ', words) + " surveyed";
        }

        if (words.Count == 0)
        {
            if (figure.Kind == FigureKind.Money && FinedBefore().Match(sentence[..figure.Start]) is { Success: true } fined)
            {
                return fined.Groups["t"].Value.Trim().Length == 0 ? "fine" : "fine on " + fined.Groups["t"].Value;
            }

            if (figure.Kind == FigureKind.Money && MoneyNounBefore().Match(sentence[..figure.Start]) is { Success: true } m)
            {
                var noun = m.Groups["n"].Value;
                return PenaltyNoun().IsMatch(noun) && PenaltyTarget().Match(sentence, figure.End, sentence.Length - figure.End) is { Success: true } on
                    ? noun + " on " + on.Groups["t"].Value
                    : noun;
            }

            if (figure.Kind == FigureKind.Measure && NounOfBefore().Match(sentence, 0, figure.Start) is { Success: true } measured)
            {
                return Superlatives().Replace(measured.Groups["np"].Value, " "); // "a rail network of more than 40,000 km"
            }

            return ClauseSubject(sentence, figure.Start);
        }

        var phrase = string.Join(' ', words);
        return GenericHeads.Contains(words[^1]) && words.Count <= 2 ? phrase + " " + Predicate(sentence, tokens, words.Count) : phrase;
    }

    /// <summary>"a survey of [N] companies": the size of a sample, not a count of the world.</summary>
    [GeneratedRegex(@"\b(?:survey|poll|study|sample|census|questionnaire|interviews?)\s+(?:of|among|with|covering)\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SampleBefore();

    /// <summary>"fined the company [N]", "fines Google a record [N]": the amount of a fine.</summary>
    [GeneratedRegex(@"\bfine[sd]\s+(?:the\s+)?(?<t>(?:[\w'’&\-.]+\s+){0,4}?)(?:an?\s+(?:[\w\-]+\s+)?)?(?:(?:about|around|over|nearly|more\s+than|up\s+to)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FinedBefore();

    [GeneratedRegex(@"\b(?:fine|penalty|fines|penalties|settlement)$", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyNoun();

    /// <summary>"a fine of N [on Didi Global Inc]": whom a penalty is imposed on.</summary>
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:on|against)\s+(?:the\s+)?(?<t>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-.]*){0,4})")]
    private static partial Regex PenaltyTarget();

    /// <summary>"a fine of [N]", "revenue of [N]": the noun the money is an amount of.</summary>
    [GeneratedRegex(@"\b(?<n>[a-z]+(?:\s+[a-z]+)?)\s+of\s+" + PhrasePatterns.Hedge + "$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyNounBefore();

    /// <summary>What generic people did: "1 billion people [have signed up to X]" -> "signed up to X".</summary>
    private static string Predicate(string sentence, List<(string Word, int Start, int End)> tokens, int skip)
    {
        var words = tokens.Skip(skip).TakeWhile(t => char.IsLetter(t.Word[0]) && !TimeWords.Contains(t.Word)).Select(t => t.Word)
            .SkipWhile(w => w is "have" or "has" or "had" or "are" or "were" or "was" or "is" or "been" or "already" or "now")
            .Take(8).ToList();
        while (words.Count > 0 && words[^1] is "and" or "or")
        {
            words.RemoveAt(words.Count - 1); // "1,300 people were killed and 4,000 injured": the next figure's predicate
        }

        return string.Join(' ', words);
    }

    private static readonly Regex ClauseVerb = VerbPattern();

    [GeneratedRegex(@"\b(?:grew|grown|grows|increased|increases|increasing|rose|risen|rises|rising|reached|reaches|reach|reaching|hit|hits|topped|tops|exceeded|exceeds|exceeding|surpassed|stood|stands|amounted|amounts|totaled|totalled|totals|totaling|totalling|was|were|is|are|has|have|had|remained|remains|jumped|jumps|fell|falls|dropped|drops|declined|declines|decreased|decreases|expanded|expands|doubled|halved|tripled|climbed|climbs|went\s+(?:up|down)|goes\s+(?:up|down)|(?:will|would|could|can|may|might|should|must)\s+(?:grow|rise|fall|increase|decrease|decline|drop|expand|exceed|double|top)|edged\s+(?:up|down)|soared|surged|plunged|plummeted|shrank|contracted|covers|accounted|accounts|account|accounting|made\s+up|makes\s+up|(?<!\b(?:of|the|a|an|all|newly|and)\s)(?:registered|recorded|posted)|came\s+to|will|would|ranked|ranks|rank|ranking|filed|signed|expect|expects|forecast|forecasts)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbPattern();

    [GeneratedRegex(@"^\s*(?:which|that|it|this|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"^\s*(?:accounting|ranking|remaining|standing|totaling|totalling|reaching|making|representing|amounting|growing|rising|increasing|falling|declining|dropping|climbing|expanding|shrinking|up|down|(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:increase|decrease|rise|drop|decline|fall|gain|reduction|growth)\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();

    /// <summary>The subject of the clause holding position: the words before its verb ("[the number of X] grew from").</summary>
    private static string ClauseSubject(string sentence, int position, int depth = 0)
    {
        var start = TextWindow.ClauseStart(sentence, position);
        var clause = sentence[start..position];
        var reported = ThatClause().Matches(clause);
        if (reported.Count > 0 && ClauseVerb.IsMatch(clause[(reported[^1].Index + reported[^1].Length)..]))
        {
            clause = clause[(reported[^1].Index + reported[^1].Length)..];
        }

        if (depth < 3 && start > 1 && (Participle().IsMatch(clause) || PronounSubject().IsMatch(LeadingPreposition().Replace(clause, ""))))
        {
            return Relative().IsMatch(clause) ? LastNounPhrase(sentence, start - 1) : ClauseSubject(sentence, start - 1, depth + 1);
        }

        // "India remains the fastest-growing economy as [China's GDP growth] was 6.3 per cent": the clause a
        // subordinating conjunction opens, when it has its own subject and verb before the figure.
        if (Subordinator().Matches(clause) is { Count: > 0 } subordinate
            && clause[(subordinate[^1].Index + subordinate[^1].Length)..] is var opened
            && ClauseVerb.Match(opened) is { Success: true, Index: > 0 })
        {
            clause = opened;
        }

        var expected = ExpectedSubject().Match(clause);
        if (expected.Success)
        {
            return expected.Groups["s"].Value;
        }

        var verb = ClauseVerb.Match(clause);
        var subject = verb.Success ? clause[..verb.Index] : clause;
        subject = LeadingPreposition().Replace(subject, "");
        if (subject.Trim() is "" or "a" or "an" or "A" or "An" && depth < 3 && start > 1)
        {
            return AppositiveHead(sentence, start - 1) ?? ClauseSubject(sentence, start - 1, depth + 1);
        }

        return CountrySubject().IsMatch(subject.Trim().Trim('"', '“', '”', '\'')) && verb.Success ? ObjectAfterVerb(clause, verb) ?? subject : subject;
    }

    [GeneratedRegex(@"^\s*(?:which|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    /// <summary>
    /// "The consumer price index, a metric that measures costs, increased 7%": before a clause that is an appositive
    /// ("a metric that ..."), the noun phrase it describes, when that has no verb of its own; else null.
    /// </summary>
    private static string? AppositiveHead(string sentence, int appositiveEnd)
    {
        var appositiveStart = TextWindow.ClauseStart(sentence, appositiveEnd);
        if (appositiveStart < 2 || !IndefiniteStart().IsMatch(sentence[appositiveStart..appositiveEnd]))
            return null;
        var head = sentence[TextWindow.ClauseStart(sentence, appositiveStart - 1)..(appositiveStart - 1)];
        return head.Trim().Length > 0 && !ClauseVerb.IsMatch(head) ? LeadingPreposition().Replace(head, "") : null;
    }

    [GeneratedRegex(@"^\s*(?:a|an)\s+[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteStart();

    [GeneratedRegex(@"(?<=\w\s+)\b(?:as|because|since|while|whereas|although|though|when|after|before|if|unless)\s+(?!(?:a|an|much|many|well|such|soon|long|far|part|per|of|to|for|in|on|at|against|compared|expected|usual|before|after)\b)(?=[A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    /// <summary>"We expect [the digital economy] to grow by", "the number of X to exceed": the subject of the infinitive.</summary>
    [GeneratedRegex(@"(?:\b(?:expect|expects|expected|forecast|forecasts|project|projects|projected|estimate|estimates|want|wants|aim|aims|plan|plans|predict|predicts|see|sees)\s+|^\s*and\s+)(?<s>(?:the\s+|its\s+|our\s+)?[\w\-'’]+(?:\s+[\w\-'’]+){0,7}?)\s+to\s+(?:grow|reach|exceed|rise|increase|fall|decline|drop|top|hit|surpass|stay|remain|double|account)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExpectedSubject();

    [GeneratedRegex(@"\b(?:showed|shows|said|says|saying|adding|added|found|finds|noted|notes|noting|revealed|reveals|announced|reported|stressed)\s+(?:that\b)?|\b(?:show|estimate|estimates|estimated|believe|believes|indicated|indicates|expects|expected|confirm|confirms|confirmed|announce|announces|know|knows|note|notes)\s+that\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"^\s*(?:(?:with|and|while|whereas|but|as|of|from|to|moreover|furthermore|meanwhile|also|in\s+addition|besides)\b[\s,]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    /// <summary>
    /// A subject that names who rather than what ("China", "the country", "we"), or an existential "there": the metric is
    /// then the object.
    /// </summary>
    [GeneratedRegex(@"^(?:China|[Tt]he\s+(?:country|nation|city|province|region|state|government|ministry|company|firm|group)|[Ww]e|[Ii]t|[Tt]hey|[Oo]ur\s+country|[Tt]here)$")]
    private static partial Regex CountrySubject();

    /// <summary>"now over 300 million": adverbs and the figure between a verb and the noun it counts.</summary>
    [GeneratedRegex(@"^\s*(?:(?:now|currently|still|already|also|altogether|in\s+total)\s+)*" + PhrasePatterns.Hedge + @"(?:(?:US\$|\$)?\d[\d.,]*(?:\s+(?:hundred|thousand|million|billion|trillion))?\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex AdverbAndFigureAfterVerb();

    private static string? ObjectAfterVerb(string clause, Match verb)
    {
        var rest = AdverbAndFigureAfterVerb().Replace(clause[(verb.Index + verb.Length)..], "");
        var m = NounAfterVerb().Match(rest);
        var np = m.Success ? m.Groups["np"].Value.Trim() : "";
        return np.Length > 0 && !StopAfter.Contains(np.ToLowerInvariant()) ? np : null;
    }

    [GeneratedRegex(@"^\s*(?:the\s+|its\s+|a\s+)?(?<np>(?:[\w\-']+\s+){0,5}?[\w\-']+?)\s*(?:\b(?:in|of|for|via|by|with|to|at|between|from|on)\b|(?=\d)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NounAfterVerb();

    /// <summary>The last noun phrase before a position: the antecedent of "which" ("the market size of its digital economy").</summary>
    private static string LastNounPhrase(string sentence, int end)
    {
        var start = TextWindow.ClauseStart(sentence, end);
        var clause = sentence[start..end];
        var m = LastPrepositionalObject().Match(clause);
        return m.Success ? m.Groups["np"].Value : clause;
    }

    [GeneratedRegex(@"\b(?:in|on|for|with|to|from|at|by)\s+(?<np>(?:(?!\b(?:in|on|for|with|to|from|at|by)\b)[^,;])+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LastPrepositionalObject();

    /// <summary>
    /// Recurring events counted in years or runs: "held the World Internet Conference (WIC) for eight years in a row",
    /// "the Week has been held for eight years straight", "eight successive WICs". The metric is the event's editions,
    /// named by its acronym where the text gives one.
    /// </summary>
    private static string? Editions(string sentence, Figure figure)
    {
        var after = sentence.AsSpan(figure.End).ToString();
        if (SuccessiveAfter().Match(after) is { Success: true } successive)
        {
            return Singular(successive.Groups["x"].Value);
        }

        if (!YearsInARowAfter().IsMatch(after))
        {
            return null;
        }

        var clause = sentence[TextWindow.ClauseStart(sentence, figure.Start)..figure.Start];
        var held = HeldEvent().Match(clause);
        var eventName = held.Success ? held.Groups["x"].Value : HeldSubject().Match(clause) is { Success: true } s ? s.Groups["x"].Value : null;
        if (eventName is null)
        {
            return null;
        }

        var acronym = Acronym().Match(eventName);
        return acronym.Success ? acronym.Groups["a"].Value : eventName;
    }

    private static string Singular(string word) => word.EndsWith("s", StringComparison.Ordinal) && word.Length > 2 && char.IsUpper(word[^2]) ? word[..^1] : word;

    [GeneratedRegex(@"^\s+(?:successive|consecutive)\s+(?<x>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)")]
    private static partial Regex SuccessiveAfter();

    [GeneratedRegex(@"^\s+(?:consecutive\s+)?years?\s+(?:in\s+a\s+row|straight|running|consecutively)|^\s+consecutive\s+years\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsInARowAfter();

    [GeneratedRegex(@"\b(?:held|hosted|organi[sz]ed|staged|convened)\s+(?:the\s+)?(?<x>.+?)\s+for\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HeldEvent();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?<x>.+?)\s+(?:has|have)\s+been\s+(?:held|hosted|organi[sz]ed|staged)\s+for\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HeldSubject();

    [GeneratedRegex(@"\((?<a>[A-Z][A-Z0-9]{1,9})\)")]
    private static partial Regex Acronym();

    /// <summary>
    /// "The revenues of A and B were 1.7 times and 3.8 times ...": two coordinated figures of a coordinated subject pair up
    /// in order, the first figure with A, the second with B.
    /// </summary>
    private static string Respectively(string sentence, Figure figure, string phrase)
    {
        var first = FirstOfPair().IsMatch(sentence.AsSpan(figure.End).ToString());
        var second = !first && SecondOfPair().IsMatch(sentence.AsSpan(0, figure.Start).ToString());
        var parts = CoordinatedSubject().Match(phrase);
        if (!(first || second) || !parts.Success)
        {
            return phrase;
        }

        return parts.Groups["head"].Value + (first ? parts.Groups["a"].Value : parts.Groups["b"].Value);
    }

    [GeneratedRegex(@"^\s*(?:times\s+|percent\s+|%\s*)?and\s+(?:\$|US\$)?\d", RegexOptions.IgnoreCase)]
    private static partial Regex FirstOfPair();

    [GeneratedRegex(@"\d[\d.,]*\s*(?:%|percent|times|million|billion|trillion)?\s+and\s+(?:\$|US\$)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SecondOfPair();

    [GeneratedRegex(@"^(?<head>.*?\bof\s+(?:the\s+)?)?(?<a>[^,]+?)\s+and\s+(?<b>[^,]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedSubject();

    /// <summary>Shares: "X accounted for N% of Y", "X as a share of Y grew from N%", "N% of Y".</summary>
    private static (string Phrase, string? Basis) ShareOf(string sentence, IReadOnlyList<Figure> figures, int index)
    {
        var figure = figures[index];
        var clauseStart = TextWindow.ClauseStart(sentence, figure.Start);
        var restated = Restatement().IsMatch(sentence[clauseStart..figure.Start]) && clauseStart > 1
            && index > 0 && figures[index - 1].End < clauseStart && figures[index - 1].Start >= TextWindow.ClauseStart(sentence, clauseStart - 1);
        var subject = restated ? ClauseSubject(sentence, clauseStart - 1) : ClauseSubject(sentence, figure.Start);
        var asShare = AsShareOf().Match(subject);
        if (asShare.Success)
        {
            return (subject[..asShare.Index], asShare.Groups["y"].Value);
        }

        var of = OfAfterFigure().Match(sentence, figure.End, sentence.Length - figure.End);
        if (of.Success && !restated && (SubjectlessClause().IsMatch(sentence[TextWindow.ClauseStart(sentence, figure.Start)..figure.Start])
            || PredicateAfter().IsMatch(sentence.AsSpan(of.Index + of.Length).ToString())))
        {
            // "40 percent of small firms had closed": the share of Y that did something.
            var predicate = PredicateAfter().Match(sentence, of.Index + of.Length, sentence.Length - of.Index - of.Length);
            return ("", of.Groups["y"].Value + (predicate.Success ? " " + predicate.Groups["p"].Value : ""));
        }

        if (!of.Success && figure.Kind == FigureKind.Fraction)
        {
            // "one in five children were affected".
            return (CountedThing(sentence, figure), null);
        }

        if (!of.Success && MetricPhrase.Normalize(subject).Length == 0
            && NounOfBefore().Match(sentence, 0, figure.Start) is { Success: true } target)
        {
            return (Superlatives().Replace(target.Groups["np"].Value, " "), null); // "its target of around 5 percent"
        }

        return of.Success ? (subject, of.Groups["y"].Value) : (subject, null);
    }

    /// <summary>
    /// ", or 5.1 per cent of GDP", ", about 45% of the total": the same quantity as the figure of the clause before,
    /// restated, so the same subject ("In 2022, 37% of firms" restates nothing).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|over\s+|more\s+than\s+|close\s+to\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Restatement();

    [GeneratedRegex(@"(?:^|\bthat\b)(?:\s|\b(?:and|but|or|that|while|with|of|more|than|over|about|around|nearly|almost|some|only|just|less|fewer)\b)*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectlessClause();

    [GeneratedRegex(@"^\s+(?:(?:had|have|has|were|was|are|is|will|would)\s+(?:been\s+|not\s+|already\s+)?(?<p>[a-z]+(?:ed|en|t)\b(?:\s+(?:down|up|out|off))?)|(?<p>[a-z]+ed\b(?:\s+(?:down|up|out|off))?))", RegexOptions.IgnoreCase)]
    private static partial Regex PredicateAfter();

    [GeneratedRegex(@"\bas\s+a\s+(?:share|proportion|percentage|part)\s+of\s+(?<y>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AsShareOf();

    [GeneratedRegex(@"^\s*(?:points?\s+)?of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?<y>(?!\d)[\w'’\-]+(?:\s+(?!\d|in\b|on\b|for\b|to\b|from\b|next\b|last\b|this\b|per\b|by\b|since\b|compared\b|had\b|have\b|has\b|were\b|was\b|are\b|is\b|will\b|and\b(?=\s+\w+\s+(?:has|have|is|are|was|were)))[\w'’\-]+){0,4})", RegexOptions.IgnoreCase)]
    private static partial Regex OfAfterFigure();

    /// <summary>"more than four times [that of 2012]": what the multiple is a multiple of.</summary>
    /// <summary>"twice as many visitors as in 2019", "three times as much rice as": the thing the multiple counts.</summary>
    private static string? AsManyAs(string sentence, Figure figure)
    {
        var m = AsManyAsAfter().Match(sentence, figure.End, sentence.Length - figure.End);
        return m.Success ? m.Groups["x"].Value : null;
    }

    [GeneratedRegex(@"^\s+as\s+(?:many|much)\s+(?<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)\s+as\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsManyAsAfter();

    /// <summary>"2.6 million villages ..., more than double the number in 2015": a multiple of the quantity just stated.</summary>
    private string? MultipleOfFigureBefore(string sentence, IReadOnlyList<Figure> figures, int index) =>
        index > 0 && SubjectlessClause().IsMatch(sentence[TextWindow.ClauseStart(sentence, figures[index].Start)..figures[index].Start])
            ? Read(sentence, figures, index - 1).Phrase
            : null;

    private static string? MultipleBasis(string sentence, Figure figure)
    {
        var m = MultipleOf().Match(sentence, figure.End, sentence.Length - figure.End);
        return m.Success ? m.Groups["b"].Value : null;
    }

    [GeneratedRegex(@"^(?:\s+and\s+[\d.]+\s+times)?\s+(?:that|those|the\s+level|the\s+figure|the\s+number)\s+(?:of|in)\s+(?<b>\d{4}|[\w\s]{1,30}?)(?=[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MultipleOf();

    /// <summary>Ranks: "ranks second in [X]", "second largest [X]", else the subject ("[X] remained the second largest").</summary>
    private static string RankSubject(string sentence, Figure figure)
    {
        var after = RankTopic().Match(sentence, figure.End, sentence.Length - figure.End);
        if (after.Success && !PlaceOnly().IsMatch(MetricPhrase.Normalize(after.Groups["x"].Value)))
        {
            return after.Groups["x"].Value;
        }

        var subject = ClauseSubject(sentence, figure.Start);
        return subject;
    }

    [GeneratedRegex(@"^(?:[\s-]+(?:largest|biggest|highest|most)(?!\s+(?:in\s+the\s+world|worldwide|globally)))?(?:\s+place)?(?:\s+in\s+the\s+world|\s+worldwide|\s+globally)?(?:\s+for\s+(?:several|many|\w+)\s+(?:consecutive\s+)?years)?\s*(?:(?:in|regarding|for|in\s+terms\s+of|by|on|with|among)\s+|(?<=(?:largest|biggest|highest|most))\s+)(?<x>(?:the\s+|its\s+)?[\w\-'’]+(?:\s+(?!in\b|with\b|by\b|and\b(?!\s+\w+\s+(?:of|in))|for\b|,)[\w\-'’]+){0,7})", RegexOptions.IgnoreCase)]
    private static partial Regex RankTopic();

    /// <summary>"the Chinese civilization of more than 5,000 years": what is that old.</summary>
    private static string YearsOf(string sentence, Figure figure)
    {
        var m = YearsOwner().Match(sentence[..figure.Start]);
        return m.Success ? m.Groups["x"].Value + " age" : CountedThing(sentence, figure);
    }

    [GeneratedRegex(@"(?:the\s+)?(?<x>[\w\-]+(?:\s+[\w\-]+){0,3})\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOwner();

    /// <summary>Enforcement verbs that tell apart counts of the same thing ("closed 3,200 websites" vs "fined 283 websites").</summary>
    private static string? ActionOn(string sentence, Figure figure)
    {
        var start = TextWindow.ClauseStart(sentence, figure.Start);
        var m = ActionVerb().Matches(sentence[start..figure.Start]);
        if (m.Count == 0)
        {
            return null;
        }

        var v = m[^1];
        return v.Groups["removed"].Success ? "removed"
            : v.Groups["closed"].Success ? "closed"
            : v.Groups["suspended"].Success ? "suspended"
            : v.Groups["fined"].Success ? "fined"
            : v.Groups["summoned"].Success ? "summoned"
            : v.Groups["arrested"].Success ? "arrested"
            : null;
    }

    [GeneratedRegex(@"\b(?:(?<removed>removed|removing|remove|deleted|deleting|taken\s+down|took\s+down|taking\s+down|cleaned\s+up|punished|banned|blocked)|(?<closed>closed|closing|shut\s+down|shutting\s+down)|(?<suspended>suspended|suspending)|(?<fined>fined|fining)|(?<summoned>summoned|summoning)|(?<arrested>arrested|detained))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionVerb();
}
