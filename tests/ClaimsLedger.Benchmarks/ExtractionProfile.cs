using System.Diagnostics;
using ClaimsLedger.Extraction;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// Where the single-threaded time goes, stage by stage, over the baseline sample: read+decode, header+hash, the whole
/// extraction, the ledger write; and within extraction, the pieces the extractor runs per sentence (segmenter, prefilter,
/// DateTime model, figure models), re-run through their public classes.
/// </summary>
public static class ExtractionProfile
{
    public sealed record Stage(string Name, TimeSpan Time);

    public sealed record Result(IReadOnlyList<Stage> Stages, int Sentences, int CandidateSentences, int SentencesWithDates, int SentencesWithFigures);

    public static Result Measure(IReadOnlyList<string> files, IClaimExtractor extractor, RecognizerModels models, string ledgerPath)
    {
        var read = new Stopwatch();
        var header = new Stopwatch();
        var extract = new Stopwatch();
        var save = new Stopwatch();
        var segment = new Stopwatch();
        var prefilter = new Stopwatch();
        var dates = new Stopwatch();
        var figures = new Stopwatch();
        var perModel = new Dictionary<string, Stopwatch>
        {
            ["Currency"] = new(), ["Percentage"] = new(), ["Dimension"] = new(), ["Number"] = new(),
        };
        int sentenceCount = 0, candidates = 0, withFigures = 0, datesRead = 0;
        var datesInsideFigures = TimeSpan.Zero;
        var dateReader = new DateReader(models);
        var figureRecognizer = new FigureRecognizer(models);

        using var ledger = LedgerDatabase.Open(ledgerPath);
        foreach (var file in files)
        {
            read.Start();
            var text = SourceFileReader.Read(file).Text!;
            read.Stop();
            header.Start();
            var document = SourceDocuments.FromText(file, text);
            header.Stop();
            extract.Start();
            var extracted = extractor.Extract(document);
            extract.Stop();
            save.Start();
            ledger.Documents.Save(extracted);
            save.Stop();

            segment.Start();
            var sentences = TranscriptSegmenter.Segment(text);
            segment.Stop();
            foreach (var s in sentences)
            {
                var sentence = text.Substring(s.Start, s.Length);
                prefilter.Start();
                var candidate = FigureRecognizer.CanHoldFigure(sentence);
                prefilter.Stop();
                sentenceCount++;
                if (!candidate)
                    continue;
                candidates++;
                // As the extractor does it: dates read only when a figure needs them.
                IReadOnlyList<DateSpan>? found = null;
                IReadOnlyList<DateSpan> Dates()
                {
                    if (found is null)
                    {
                        datesRead++;
                        dates.Start();
                        found = dateReader.Read(sentence, document.EventDate);
                        dates.Stop();
                    }
                    return found;
                }
                figures.Start();
                var datesBefore = dates.Elapsed;
                var figureCount = figureRecognizer.Recognize(sentence, Dates).Count;
                figures.Stop();
                datesInsideFigures += dates.Elapsed - datesBefore;
                if (figureCount > 0)
                {
                    withFigures++;
                    Dates();
                }
                Time(perModel["Currency"], () => models.Currency.Parse(sentence).Count);
                Time(perModel["Percentage"], () => models.Percentage.Parse(sentence).Count);
                Time(perModel["Dimension"], () => models.Dimension.Parse(sentence).Count);
                Time(perModel["Number"], () => models.Number.Parse(sentence).Count);
            }
        }

        var rest = extract.Elapsed - segment.Elapsed - prefilter.Elapsed - dates.Elapsed - (figures.Elapsed - datesInsideFigures);
        Stage[] stages =
        [
            new("read + decode", read.Elapsed),
            new("header + SHA-256", header.Elapsed),
            new("extract (total)", extract.Elapsed),
            new("  segment", segment.Elapsed),
            new("  prefilter (CanHoldFigure)", prefilter.Elapsed),
            new("  DateTime model (sentences that need dates)", dates.Elapsed),
            new("  figure models (candidate sentences)", figures.Elapsed - datesInsideFigures),
            new("  rest: qualifiers, metrics, periods", rest < TimeSpan.Zero ? TimeSpan.Zero : rest),
            new("ledger write (DocumentStore.Save)", save.Elapsed),
            .. perModel.Select(m => new Stage($"    of which {m.Key} model (re-run alone)", m.Value.Elapsed)),
        ];
        return new Result(stages, sentenceCount, candidates, datesRead, withFigures);
    }

    private static void Time(Stopwatch watch, Func<int> action)
    {
        watch.Start();
        GC.KeepAlive(action());
        watch.Stop();
    }
}
