using System.Globalization;
using System.Text;
using ClaimsLedger.Comparison;
using ClaimsLedger.Export;
using ClaimsLedger.Ledger;
using Dapper;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Comparison;

/// <summary>
/// A ledger written through DocumentStore.Save with most of what the comparison meets: several metrics (one of them in
/// two spellings of one key), yearly, monthly, point and open periods, undated claims, documents with and without an
/// event date, speakers, figures in counts, percent and currencies (so units that do not compare and rates that are
/// missing make notes), sentences copied word for word into other documents, and a revised (superseded) document.
/// Seeded: the same ledger every time.
/// </summary>
internal static class VariedLedger
{
    private static readonly string[] Metrics = ["internet users", "fines", "5G base stations", "GDP growth", "grain output", "GDP  growth"];
    private static readonly string[] Units = ["count", "count", "percent", "yuan", "USD", "EUR"];
    private static readonly string?[] Speakers = ["Li Wei", "Zhang Min", null];
    private static readonly string[] Qualifiers = ["exact", "approx", "over"];

    /// <summary>What `claims export` must write, computed the slow way: the whole ledger compared at once, in metric order.</summary>
    public static string WholeLedgerExport(LedgerDatabase ledger, ComparisonEngine engine)
    {
        var claims = ledger.Claims.Query(null);
        var corroboration = engine.Compare(claims).Corroboration();
        var metricIds = ledger.Connection.Query<(long Id, string Name)>("SELECT id, name FROM metrics").ToDictionary(m => m.Name, m => m.Id);
        var expected = new StringWriter();
        JsonLinesClaimWriter.Write(claims
            .OrderBy(c => ComparisonEngine.MetricKey(c.Claim.Metric), StringComparer.Ordinal)
            .ThenBy(c => metricIds[c.Claim.Metric])
            .ThenBy(c => c.Claim.PeriodStart.HasValue)
            .ThenBy(c => c.Claim.PeriodStart)
            .ThenBy(c => c.Id)
            .Select(c => new CorroboratedClaim(c, corroboration.For(c.Id))), expected);
        return expected.ToString();
    }

    public static void Fill(LedgerDatabase ledger, int documents = 30, int claimsPerDocument = 12, int seed = 7)
    {
        var random = new Random(seed);
        var copied = new List<string>();
        for (var d = 0; d < documents; d++)
        {
            ledger.Documents.Save(Document(d, $"/corpus/varied-{d:D3}.txt", claimsPerDocument, random, copied));
            if (d % 10 == 9) // a revision: the earlier text of this path is superseded
                ledger.Documents.Save(Document(d + 1000, $"/corpus/varied-{d:D3}.txt", claimsPerDocument, random, copied));
        }
    }

    private static ExtractedDocument Document(int number, string path, int claimsPerDocument, Random random, List<string> copied)
    {
        DateOnly? eventDate = number % 4 == 3 ? null : new DateOnly(2021, 1, 1).AddDays(number * 13 % 700);
        var text = new StringBuilder($"Briefing {number}\n\n");
        var sentences = new List<Sentence>();
        var claims = new List<Claim>();
        for (var i = 0; i < claimsPerDocument; i++)
        {
            var speaker = Speakers[random.Next(Speakers.Length)];
            string sentenceText;
            (string Metric, double Value, string Figure, string Unit, Qualifier Qualifier, DateOnly? Start, DateOnly? End) fact;
            if (copied.Count > 0 && random.Next(5) == 0)
            {
                sentenceText = copied[random.Next(copied.Count)]; // republished word for word
                fact = Parse(sentenceText);
            }
            else
            {
                var metric = Metrics[random.Next(Metrics.Length)];
                var unit = Units[random.Next(Units.Length)];
                var value = Math.Round((10 + random.Next(5)) * (random.Next(4) == 0 ? 1.3 : 1.0), 1);
                var figure = value.ToString("0.0", CultureInfo.InvariantCulture);
                var qualifier = QualifierNames.Parse(Qualifiers[random.Next(Qualifiers.Length)]);
                var (start, end) = random.Next(6) switch
                {
                    0 => ((DateOnly?)null, (DateOnly?)null),
                    1 => (new DateOnly(2022, 7, 1), new DateOnly(2022, 7, 31)),
                    2 => (new DateOnly(2022, 7, 31), new DateOnly(2022, 7, 31)),
                    3 => ((DateOnly?)null, new DateOnly(2021, 12, 31)),
                    _ => (new DateOnly(2020 + random.Next(3), 1, 1), new DateOnly(2020 + random.Next(3), 12, 31)),
                };
                if (start > end) (start, end) = (end, start);
                fact = (metric, value, figure, unit, qualifier, start, end);
                sentenceText = $"The {metric} stood at {qualifier.ToName()} {figure} {unit} for {Iso(start)}/{Iso(end)}.";
                if (random.Next(3) == 0) copied.Add(sentenceText);
            }
            var sentenceStart = text.Length;
            text.Append(sentenceText);
            var sentenceEnd = text.Length;
            text.Append(' ');
            var figureStart = sentenceStart + sentenceText.IndexOf(fact.Figure + " ", StringComparison.Ordinal);
            var (low, high) = ClaimsLedger.Comparison.StatedInterval.For(fact.Value, fact.Figure, fact.Qualifier, fact.Unit);
            sentences.Add(new Sentence(sentenceStart, sentenceEnd, speaker));
            claims.Add(new Claim(figureStart, figureStart + fact.Figure.Length, fact.Figure, sentenceStart, sentenceEnd, fact.Value,
                fact.Unit, fact.Qualifier, low, high, fact.Metric, fact.Metric.ToLowerInvariant(), fact.Start, fact.End,
                fact.Start is null && fact.End is null ? null : "stated", speaker, null));
        }
        var body = text.ToString();
        var document = new SourceDocument(path, Path.GetFileName(path), body, ContentHash.Of(body), $"Briefing {number}", eventDate, null, null);
        return new ExtractedDocument(document, sentences, claims, []);
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    /// <summary>The fact a sentence written by <see cref="Document"/> states.</summary>
    private static (string, double, string, string, Qualifier, DateOnly?, DateOnly?) Parse(string sentence)
    {
        const string Lead = "The ";
        var at = sentence.IndexOf(" stood at ", StringComparison.Ordinal);
        var metric = sentence[Lead.Length..at];
        var words = sentence[(at + " stood at ".Length)..].Split(' ');
        var period = words[^1].TrimEnd('.').Split('/');
        DateOnly? Date(string s) => s == "none" ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (metric, double.Parse(words[1], CultureInfo.InvariantCulture), words[1], words[2], QualifierNames.Parse(words[0]),
            Date(period[0]), Date(period[1]));
    }
}
