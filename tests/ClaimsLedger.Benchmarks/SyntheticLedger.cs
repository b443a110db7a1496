using System.Globalization;
using System.Text;
using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// Extracted documents made up for the ledger-at-scale run, shaped like real ones: a header, one sentence per claim
/// ("Speaker said the METRIC was about 1,234.5 in 2019."), the claim's span on the figure. Claims spread over
/// <c>claims / claimsPerMetric</c> metrics (uniformly, seeded), ten yearly periods and 10% undated; one figure in ten
/// for a (metric, year) disagrees by 25%, so the comparison finds conflicts as well as agreement.
/// </summary>
public sealed class SyntheticLedger(int claimsPerDocument, int metricCount, int seed = 5)
{
    private static readonly string[] Speakers = ["Li Wei", "Zhang Min", "Wang Fang", "Chen Jie", null!];
    private static readonly Qualifier[] Qualifiers = [Qualifier.Exact, Qualifier.Exact, Qualifier.Exact, Qualifier.Approx, Qualifier.Over, Qualifier.Nearly];
    private readonly Random random = new(seed);

    public static string MetricName(int index) => $"synthetic metric {index:D5} of the benchmark series";

    public ExtractedDocument Document(int number)
    {
        var eventDate = new DateOnly(2015, 1, 1).AddDays(number % 3650);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Synthetic press conference number {number}\n{eventDate:MMMM d, yyyy}\n\n");
        var sentences = new List<Sentence>();
        var claims = new List<Claim>();
        for (var i = 0; i < claimsPerDocument; i++)
        {
            var metric = random.Next(metricCount);
            int? year = random.Next(10) == 0 ? null : 2014 + random.Next(10);
            var speaker = Speakers[random.Next(Speakers.Length)];
            var qualifier = Qualifiers[random.Next(Qualifiers.Length)];
            var value = BaseValue(metric, year) * (random.Next(10) == 0 ? 1.25 : 1.0);
            var figure = value.ToString("N1", CultureInfo.InvariantCulture);
            var words = qualifier switch
            {
                Qualifier.Approx => "about ",
                Qualifier.Over => "over ",
                Qualifier.Nearly => "nearly ",
                _ => "",
            };
            var sentenceStart = text.Length;
            text.Append(CultureInfo.InvariantCulture, $"{speaker ?? "The spokesperson"} said the {MetricName(metric)} was {words}");
            var figureStart = text.Length;
            text.Append(figure);
            text.Append(year is { } y ? $" in {y}." : " at that time.");
            var sentenceEnd = text.Length;
            text.Append(i % 8 == 7 ? "\n\n" : " ");

            var (low, high) = StatedInterval.For(value, figure, qualifier, "count");
            DateOnly? periodStart = year is { } from ? new DateOnly(from, 1, 1) : null;
            DateOnly? periodEnd = year is { } to ? new DateOnly(to, 12, 31) : null;
            sentences.Add(new Sentence(sentenceStart, sentenceEnd, speaker));
            claims.Add(new Claim(figureStart, figureStart + figure.Length, figure, sentenceStart, sentenceEnd, value, "count",
                qualifier, low, high, MetricName(metric), MetricName(metric), periodStart, periodEnd,
                year is null ? null : $"in {year}", speaker, null));
        }

        var body = text.ToString();
        var document = new SourceDocument($"/synthetic/press-{number:D6}.txt", $"press-{number:D6}.txt", body,
            ContentHash.Of(body), $"Synthetic press conference number {number}", eventDate, null, "benchmark");
        return new ExtractedDocument(document, sentences, claims, []);
    }

    private static double BaseValue(int metric, int? year) =>
        Math.Round(1000 + (metric * 7919L + (year ?? 0) * 104729L) % 900_000 / 10.0, 1);
}
