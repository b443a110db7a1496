using System.Buffers;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Finds the figures of one sentence: numbers, percentages, money, measures (Recognizers-Text), plus what those models
/// leave out (multiples, ranks, data units), and drops what is not a claim (years, dates, times, names, markers).
/// </summary>
/// <param name="skipSentencesWithoutFigureCandidate">False runs the models even on sentences <see cref="CanHoldFigure"/>
/// rejects (the benchmark's straightforward path).</param>
public sealed partial class FigureRecognizer(RecognizerModels models, bool skipSentencesWithoutFigureCandidate = true)
{
    /// <summary>
    /// Cheap test: can this sentence hold a figure at all? Skips the recognizers for most prose. An ASCII digit says yes
    /// at once (a vectorised scan); otherwise a number word must occur (<see cref="ModelPrefilters.FigureWord"/>).
    /// </summary>
    public static bool CanHoldFigure(string sentence) =>
        sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || ModelPrefilters.FigureWord.IsMatch(sentence);

    public IReadOnlyList<Figure> Recognize(string sentence, IReadOnlyList<DateSpan> dates) => Recognize(sentence, () => dates);

    /// <summary>
    /// As <see cref="Recognize(string, IReadOnlyList{DateSpan})"/>, asking for the sentence's dates only when a candidate
    /// number has passed every other filter: the DateTime model is the costliest step and most candidate sentences hold
    /// no figure, so the caller can read dates lazily and skip the model for them. Same figures either way.
    /// </summary>
    public IReadOnlyList<Figure> Recognize(string sentence, Func<IReadOnlyList<DateSpan>> dates)
    {
        if ((skipSentencesWithoutFigureCandidate && !CanHoldFigure(sentence)) || FigureFilters.IsPageFurniture(sentence))
        {
            return [];
        }

        var figures = new List<Figure>();
        var currencyWords = new List<(int Start, int End, string Unit)>();
        var modelText = skipSentencesWithoutFigureCandidate ? UnitWordPrefilter.ModelText(sentence) : null;
        var tokens = modelText is null ? null : UnitWordPrefilter.Tokenize(modelText);
        AddMoney(sentence, tokens, figures, currencyWords);
        if (modelText is null || ModelPrefilters.PercentageMayMatch(modelText))
        {
            AddPercentages(sentence, figures);
        }

        AddMeasures(sentence, tokens, figures);
        AddNumbers(sentence, figures, dates);
        AddMultipleWords(sentence, figures, dates);
        AddHalvings(sentence, figures);
        AddRanks(sentence, figures);
        for (var i = 0; i < figures.Count; i++)
        {
            figures[i] = CurrencyNameAfter.Apply(sentence, ScaleSuffix.Apply(sentence, CurrencyBefore(sentence, figures[i], currencyWords)));
        }

        figures.Sort((a, b) => a.Start.CompareTo(b.Start));
        RangeLowerEnds.TakeUpperEndUnits(sentence, figures);
        return figures;
    }

    /// <param name="tokens">The sentence's tokens for the unit-word prefilters; null runs the model unfiltered.</param>
    private void AddMoney(string sentence, string[]? tokens, List<Figure> figures, List<(int Start, int End, string Unit)> currencyWords)
    {
        if (tokens is not null && !ModelPrefilters.Currency.MayMatch(tokens))
        {
            return;
        }

        foreach (var r in models.Currency.Parse(sentence).Select(RecognizedSpan.From))
        {
            var unit = CurrencyCodes.From(r.Resolution("isoCurrency"), r.Resolution("unit"));
            if (unit is null)
            {
                continue;
            }

            if (r.Value() is { } value && value != 0)
            {
                Add(figures, new Figure(r.Start, r.End, value, unit, FigureKind.Money));
            }
            else
            {
                currencyWords.Add((r.Start, r.End, unit)); // "RMB 3 billion": the model returns "RMB" alone
            }
        }
    }

    [GeneratedRegex(@"^\s*points?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsAfter();

    private void AddPercentages(string sentence, List<Figure> figures)
    {
        foreach (var r in models.Percentage.Parse(sentence).Select(RecognizedSpan.From))
        {
            if (r.Value() is not { } value || FigureFilters.IsNotAFigure(sentence, r.Start, r.End))
            {
                continue;
            }

            var text = sentence[r.Start..r.End];
            if (text.EndsWith("percentage", StringComparison.OrdinalIgnoreCase)
                && PointsAfter().Match(sentence, r.End, sentence.Length - r.End) is { Success: true } points)
            {
                Add(figures, new Figure(r.Start, r.End + points.Length, value, "percentage_point", FigureKind.PercentagePoint));
            }
            else if (!FractionWord().IsMatch(text))
            {
                Add(figures, new Figure(r.Start, r.End, value, "percent", FigureKind.Percent));
            }
        }
    }

    [GeneratedRegex(@"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FractionWord();

    private void AddMeasures(string sentence, string[]? tokens, List<Figure> figures)
    {
        if (tokens is null || ModelPrefilters.Dimension.MayMatch(tokens))
        {
            AddDimensions(sentence, figures);
        }

        if (sentence.AsSpan().IndexOfAny(DataUnitTexts) < 0)
        {
            return;
        }

        foreach (Match m in DataQuantity().Matches(sentence))
        {
            if (double.TryParse(m.Groups["n"].Value.Replace(",", ""), System.Globalization.NumberStyles.Float,
                    System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                Add(figures, new Figure(m.Index, m.Index + m.Length, value, MeasureUnits.DataUnit(m.Groups["u"].Value), FigureKind.Measure));
            }
        }
    }

    private void AddDimensions(string sentence, List<Figure> figures)
    {
        foreach (var r in models.Dimension.Parse(sentence).Select(RecognizedSpan.From))
        {
            var unitText = sentence[r.Start..r.End].TrimEnd();
            if (r.Value() is not { } value || value == 0 || !char.IsLetter(unitText[^1])
                || MeasureUnits.From(r.Resolution("unit")) is not { } unit)
            {
                continue;
            }

            Add(figures, new Figure(r.Start, r.End, value, unit, FigureKind.Measure));
        }
    }

    [GeneratedRegex(@"\b(?<n>\d[\d,]*(?:\.\d+)?)\s?(?<u>[ZEPT]B|zettabytes?|exabytes?|petabytes?|terabytes?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DataQuantity();

    /// <summary>Every <see cref="DataQuantity"/> match holds one of these; a vectorised search rules most sentences out.</summary>
    private static readonly SearchValues<string> DataUnitTexts =
        SearchValues.Create(["ZB", "EB", "PB", "TB", "zettabyte", "exabyte", "petabyte", "terabyte"], StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*(?:basis\s+points?|bps|bp)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BasisPointsAfter();

    [GeneratedRegex(@"^\s*(?:times\b|-?fold\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimesAfter();

    [GeneratedRegex(@"^\s*years?\b(?!\s+(?:in\s+a\s+row|straight|running|consecutively))", RegexOptions.IgnoreCase)]
    private static partial Regex YearsAfter();

    [GeneratedRegex(@"^\s*of\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfAfter();

    private void AddNumbers(string sentence, List<Figure> figures, Func<IReadOnlyList<DateSpan>> dates)
    {
        foreach (var r in models.Number.Parse(sentence).Select(RecognizedSpan.From))
        {
            if (r.Value() is not { } value || figures.Any(f => f.Start < r.End && r.Start < f.End)
                || FigureFilters.IsNotAFigure(sentence, r.Start, r.End)
                || FigureFilters.IsNotACount(sentence, r.Start, r.End, value, r.Resolution("subtype"))
                || FigureFilters.IsDayOrHour(sentence, r.Start, r.End, value)
                || FigureFilters.IsInsideDate(r.Start, r.End, dates()))
            {
                continue;
            }

            var rest = sentence.AsSpan(r.End);
            if (BasisPointsAfter().Match(sentence, r.End, sentence.Length - r.End) is { Success: true } basisPoints)
            {
                // "150 basis points" is 1.5 percentage points.
                Add(figures, new Figure(r.Start, r.End + basisPoints.Length, value / 100, "percentage_point", FigureKind.PercentagePoint));
            }
            else if (TimesAfter().Match(sentence, r.End, sentence.Length - r.End) is { Success: true } times)
            {
                Add(figures, new Figure(r.Start, r.End + times.Length, value, "times", FigureKind.Multiple));
            }
            else if (r.Resolution("subtype") == "fraction")
            {
                if (OfAfter().IsMatch(rest.ToString()) || value < 1)
                {
                    Add(figures, new Figure(r.Start, r.End, Math.Round(value * 100, 2), "percent", FigureKind.Fraction));
                }
            }
            else if (YearsAfter().Match(sentence, r.End, sentence.Length - r.End).Success)
            {
                Add(figures, new Figure(r.Start, r.End, value, "years", FigureKind.Measure));
            }
            else
            {
                Add(figures, new Figure(r.Start, r.End, value, "count", FigureKind.Count));
            }
        }
    }

    [GeneratedRegex(@"\b(?:(?<w>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)-?fold|(?<d>doubled|tripled|quadrupled|twice|thrice)|(?<d>double|triple|quadruple)(?=\s+(?:the|that|those|its|their|what)\b))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MultipleWord();

    /// <summary>Every <see cref="MultipleWord"/> match holds one of these; a vectorised search rules most sentences out.</summary>
    private static readonly SearchValues<string> MultipleTexts =
        SearchValues.Create(["fold", .. NumberWords.MultipleWords], StringComparison.OrdinalIgnoreCase);

    private static void AddMultipleWords(string sentence, List<Figure> figures, Func<IReadOnlyList<DateSpan>> dates)
    {
        if (sentence.AsSpan().IndexOfAny(MultipleTexts) < 0)
        {
            return;
        }

        foreach (Match m in MultipleWord().Matches(sentence))
        {
            var value = m.Groups["w"].Success ? NumberWords.Parse(m.Groups["w"].Value) : NumberWords.Multiple(m.Groups["d"].Value);
            if (value is { } v && !FigureFilters.IsInsideDate(m.Index, m.Index + m.Length, dates()))
            {
                Add(figures, new Figure(m.Index, m.Index + m.Length, v, "times", FigureKind.Multiple));
            }
        }
    }

    [GeneratedRegex(@"\b(?:halved|(?:cut|slashed)\s+in\s+half)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Halving();

    /// <summary>"halved", "cut in half": a change of -50%, read as a 50% decline of the thing halved (see ChangeReader).</summary>
    private static void AddHalvings(string sentence, List<Figure> figures)
    {
        foreach (Match m in Halving().Matches(sentence))
        {
            Add(figures, new Figure(m.Index, m.Index + m.Length, 50, "percent", FigureKind.Percent));
        }
    }

    private static void AddRanks(string sentence, List<Figure> figures)
    {
        foreach (var (start, end, rank) in RankReader.Find(sentence))
        {
            Add(figures, new Figure(start, end, rank, "rank", FigureKind.Rank));
        }
    }

    /// <summary>"RMB 3 billion", "Rs. 500 crore": a currency word the model left without a value, right before a count.</summary>
    private static Figure CurrencyBefore(string sentence, Figure figure, List<(int Start, int End, string Unit)> currencyWords)
    {
        if (figure.Kind != FigureKind.Count)
        {
            return figure;
        }

        foreach (var (start, end, unit) in currencyWords)
        {
            if (end <= figure.Start && figure.Start - end <= 2 && sentence.AsSpan(end, figure.Start - end).Trim().Trim('.').IsEmpty)
            {
                return figure with { Start = start, Unit = unit, Kind = FigureKind.Money };
            }
        }

        return figure;
    }

    /// <summary>Adds a figure unless one already covers it; a longer figure replaces shorter ones it covers.</summary>
    private static void Add(List<Figure> figures, Figure figure)
    {
        if (figures.Any(f => f.Overlaps(figure) && f.Length >= figure.Length))
        {
            return;
        }

        figures.RemoveAll(f => f.Overlaps(figure));
        figures.Add(figure);
    }
}
