using System.Text.RegularExpressions;
using ClaimsLedger.Comparison;
using ClaimsLedger.Extraction.Subjects;
using ClaimsLedger.Model;
using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The extraction stage: segments a document, then for each sentence that can hold a figure recognises its figures and
/// dates (per sentence, never over the whole document) and builds one claim per figure with its qualifier, bounds,
/// metric, period and speaker.
/// </summary>
/// <param name="skipSentencesWithoutFigureCandidate">The fast path (default): sentences that
/// <see cref="FigureRecognizer.CanHoldFigure"/> rejects are not shown to the recognizers at all. False runs every model on
/// every sentence (the straightforward path the benchmark compares against; output must be identical).</param>
/// <param name="subjects">Reads whom each figure is about (<see cref="SubjectReader"/>); none when not given.</param>
/// <param name="parser">The dependency parser that reads a figure's metric where the surface reader gives a fragment
/// (<see cref="ParsedMetricReader"/>); none when not given.</param>
public sealed class ClaimExtractor(RecognizerModels models, MetricCatalog metrics, EraCatalog eras,
    bool skipSentencesWithoutFigureCandidate = true, SubjectReader? subjects = null, DefinitionalQualifiers? qualifiers = null,
    Lazy<Linguistics.SentenceParser>? parser = null) : IClaimExtractor
{
    private readonly ParsedMetricReader parsedMetrics = new(metrics, ChangeWords.Shipped);
    private readonly SubjectReader subjectReader = subjects ?? SubjectReader.Empty;
    private readonly DefinitionalQualifiers definitional = qualifiers ?? DefinitionalQualifiers.Empty;
    private readonly FigureRecognizer figures = new(models, skipSentencesWithoutFigureCandidate);
    private readonly DateReader dates = new(models);
    private readonly MetricReader metricReader = new(metrics);
    private readonly PeriodReader periods = new(eras);

    public ExtractedDocument Extract(SourceDocument document)
    {
        var text = document.Text;
        var sentences = TranscriptSegmenter.Segment(text);
        var claims = new List<Claim>();
        var lead = sentences.Take(DocumentTime.LeadSentences).Select(x => text.Substring(x.Start, x.Length)).ToList();
        var leadSubject = DocumentSubject.FromLead(subjectReader, document.Title, lead);
        var context = new PeriodContext
        {
            Document = DocumentTime.Read(text, document.Title is { } title ? [title, .. lead] : lead, dates, document.EventDate)
                with { NationalFiscalYear = NationalFiscalYear(leadSubject) },
        };
        var warnings = new List<string>();
        var figureSentences = new List<SentenceSubjects>();
        var previousEnd = 0;
        foreach (var s in sentences)
        {
            if (text.AsSpan(previousEnd, s.Start - previousEnd).Contains('\n'))
            {
                context.Reset();
            }

            previousEnd = s.End;
            var sentence = text.Substring(s.Start, s.Length);
            context.Observe(sentence, heading => dates.Read(heading, document.EventDate));
            if (skipSentencesWithoutFigureCandidate && !FigureRecognizer.CanHoldFigure(sentence))
            {
                continue;
            }

            if (SentenceGuard.IsTooCostly(sentence) || !TryRecognize(sentence, document.EventDate, out var found, out var sentenceDates))
            {
                warnings.Add($"sentence at offset {s.Start} skipped: recognizer time budget exceeded");
                continue;
            }

            if (found.Count == 0)
            {
                continue;
            }

            var ownDates = dates.WithoutFigures(sentence, sentenceDates(), found, document.EventDate);
            var foundPeriods = periods.Read(sentence, found, ownDates, document.EventDate, context);
            var foundSubjects = subjectReader.Read(sentence, found, s.Speaker);
            figureSentences.Add(foundSubjects);
            var parse = parser is null ? null : new Lazy<Linguistics.ParsedSentence>(() => parser.Value.Parse(sentence));
            claims.AddRange(SentenceClaims(text, s, sentence, found, foundPeriods, foundSubjects, parse, definitional.Read(sentence)));
        }

        if (document.EventDate is null)
        {
            warnings.Insert(0, "no event date: relative periods left unresolved");
        }

        if (DocumentSubject.Of(subjectReader, leadSubject, figureSentences, text) is { } fallback)
        {
            for (var i = 0; i < claims.Count; i++)
            {
                claims[i] = claims[i].Subject is null ? WithSubject(claims[i], null, fallback, claims[i].Source) : claims[i];
            }
        }

        return new ExtractedDocument(document, sentences, SameMetricPeriods.Resolve(text, claims, document.EventDate), warnings);
    }

    /// <summary>
    /// The claims of one sentence, each metric named as a series: with the horizon of a change and, for a forecast or a
    /// target, its suffix; a figure that names neither takes those of the figure before it when both measure the same
    /// thing. A figure whose metric stays a fragment takes the metric of the nearest figure in the same unit that has a
    /// clean one ("compared to the 6.1 percent growth ..., the GDP growth ... was higher at 7.8 percent").
    /// </summary>
    private List<Claim> SentenceClaims(string text, Sentence s, string sentence, IReadOnlyList<Figure> found, IReadOnlyList<Period> foundPeriods,
        SentenceSubjects foundSubjects, Lazy<Linguistics.ParsedSentence>? parse, string? stated)
    {
        var built = new List<(Claim Claim, bool Fragment)>();
        var bases = new List<string>();
        (string Metric, string? Horizon, string? Outlook) previous = ("", null, null);
        for (var i = 0; i < found.Count; i++)
        {
            var (claim, fragment) = Build(text, s, sentence, found, i, foundPeriods[i], parse);
            var same = claim.Metric == previous.Metric;
            var horizon = ChangeHorizon.Shipped.Read(sentence, found, i, foundPeriods[i]) ?? (same ? previous.Horizon : null);
            var outlook = OutlookReader.Shipped.Read(sentence, found, i) ?? (same ? previous.Outlook : null);
            if (outlook is not null && i > 0 && OutlookReader.Shipped.NamesTheExpectation(claim.Metric))
            {
                claim = claim with { Metric = previous.Metric }; // "grew 2.9%, beating expectations of 1.8%": a forecast of the same thing
                fragment = built[i - 1].Fragment;
            }

            previous = (claim.Metric, horizon, outlook);
            claim = WithSubject(claim, found[i], foundSubjects.Subjects[i], foundSubjects.Source);
            if (i > 0 && AppendedChange(sentence, found, i) is { } change)
            {
                // "revenue of $90.1 billion, up 8 percent": the change of the amount just named, whatever words come before
                var changed = bases[i - 1] + " " + ChangeReader.Growth;
                claim = claim with { Metric = metrics.Resolve(changed, MetricReader.UnitKind(found[i])) ?? changed };
                claim = change == ChangeReader.Decline ? AsFall(claim) : claim;
                fragment = false;
            }

            bases.Add(claim.Metric);
            var series = string.Join(' ', new[] { claim.Metric, horizon, outlook is null || claim.Metric.EndsWith(outlook, StringComparison.Ordinal) ? null : outlook }
                .Where(w => !string.IsNullOrEmpty(w)));
            built.Add((claim with { Metric = series, QualifiersText = stated }, fragment));
        }

        return [.. built.Select((b, i) => b.Fragment && NearestClean(built, i) is { } clean ? b.Claim with { Metric = clean.Metric } : b.Claim)];
    }

    /// <summary>A fall stated as its size ("fell 0.4 percent"): the growth below zero, its interval mirrored; a value the
    /// text already states as negative stays as it is.</summary>
    private static Claim AsFall(Claim claim) =>
        claim.Value < 0 ? claim : claim with { Value = -claim.Value, Low = -claim.High, High = -claim.Low };

    private static string? AppendedChange(string sentence, IReadOnlyList<Figure> found, int index) =>
        found[index].Kind == FigureKind.Percent && found[index - 1].Kind != FigureKind.Percent
            ? ChangeReader.ChangeOfPrevious(sentence, found[index - 1], found[index]) : null;

    private static Claim? NearestClean(List<(Claim Claim, bool Fragment)> built, int index) =>
        built.Select((b, j) => (b, j)).Where(x => x.j != index && !x.b.Fragment && x.b.Claim.Unit == built[index].Claim.Unit
                && x.b.Claim.Subject == built[index].Claim.Subject)
            .OrderBy(x => Math.Abs(x.j - index)).Select(x => x.b.Claim).FirstOrDefault();

    /// <summary>The fiscal year of the country the title or lead names (of a national body's country), where it is not the calendar year.</summary>
    private FiscalCalendar? NationalFiscalYear(SubjectReading? subject)
    {
        var entity = subject is null ? null : subjectReader.Gazetteer.Lookup(subject.Name);
        var country = entity?.Kind == EntityKind.Country ? entity : subjectReader.Gazetteer.Place(entity?.Country);
        return subjectReader.Gazetteer.FiscalYearStart(country?.Code) is var (month, day)
            ? FiscalCalendar.Convention(month, day, $"{country!.Name}'s fiscal year, which starts on {new DateOnly(2000, month, day):MMMM d}")
            : null;
    }

    /// <param name="figure">The claim's figure when its subject was read from its own sentence: the subject's words then
    /// leave its metric ("Britain's unemployment rate" measures the unemployment rate of the United Kingdom).</param>
    private Claim WithSubject(Claim claim, Figure? figure, SubjectReading? subject, string? source) => claim with
    {
        Metric = subject is not null && figure is not null
            ? OfPlace(metricReader.WithoutSubject(claim.Metric, figure, [subject.Text, subject.Name], subjectReader.Words.OwnerVerbs), figure, subject)
            : claim.Metric,
        Subject = subject?.Name,
        SubjectText = subject?.Text,
        SubjectBasis = subject?.Basis,
        Source = source,
    };

    /// <summary>"China's growth": what a phrase names about a place (the catalogue's placeAliases).</summary>
    private string OfPlace(string metric, Figure figure, SubjectReading subject) =>
        subjectReader.Gazetteer.Lookup(subject.Name) is { IsPlace: true }
            ? metrics.ResolveForPlace(metric, MetricReader.UnitKind(figure)) ?? metric
            : metric;

    /// <summary>
    /// The sentence's figures, and its dates (read once, lazily on the fast path: the DateTime model runs only where a
    /// figure needs it, see FigureRecognizer.Recognize). False when a recognizer regex ran over its time budget
    /// (<see cref="RecognizerModels.RegexMatchBudget"/>): the sentence is skipped, not the document.
    /// </summary>
    private bool TryRecognize(string sentence, DateOnly? eventDate, out IReadOnlyList<Figure> found,
        out Func<IReadOnlyList<DateSpan>> sentenceDates)
    {
        IReadOnlyList<DateSpan>? read = null;
        sentenceDates = () => read ??= dates.Read(sentence, eventDate);
        try
        {
            found = skipSentencesWithoutFigureCandidate
                ? figures.Recognize(sentence, sentenceDates)
                : figures.Recognize(sentence, sentenceDates());
            if (found.Count > 0)
            {
                _ = sentenceDates();
            }

            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            found = [];
            return false;
        }
    }

    /// <returns>The claim, and whether its metric is still a fragment (<see cref="ParsedMetricReader.IsFragment"/>).</returns>
    private (Claim Claim, bool Fragment) Build(string text, Sentence s, string sentence, IReadOnlyList<Figure> figures, int index, Period period,
        Lazy<Linguistics.ParsedSentence>? parse)
    {
        var f = figures[index];
        var qualifier = QualifierReader.Read(sentence, f);
        var surface = sentence[f.Start..f.End];
        var (low, high) = StatedInterval.For(f.Value, surface, qualifier, f.Unit);
        var (metric, phrase, basis, falls) = metricReader.Read(sentence, figures, index);
        if (basis is null && parse is not null && parsedMetrics.ReadNounAt(parse.Value, f, MetricReader.UnitKind(f)) is var (nounMetric, nounPhrase))
            (metric, phrase) = (nounMetric, nounPhrase);
        var fragment = parse is not null && ParsedMetricReader.IsFragment(metric, parse.Value);
        if (fragment && basis is null && ParsedMetricReader.IsFragment(MetricPhrase.Normalize(phrase), parse!.Value)
            && parsedMetrics.Read(parse.Value, f, MetricReader.UnitKind(f)) is var (parsedMetric, parsedPhrase))
        {
            (metric, phrase) = (parsedMetric, parsedPhrase);
            fragment = ParsedMetricReader.IsFragment(metric, parse.Value);
        }

        var start = s.Start + f.Start;
        var claim = new Claim(start, start + f.Length, text.Substring(start, f.Length), s.Start, s.End, f.Value, f.Unit, qualifier,
            low, high, metric, phrase, period.Start, period.End, period.Basis, s.Speaker, basis);
        return (falls ? AsFall(claim) : claim, fragment);
    }
}
