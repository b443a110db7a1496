using ClaimsLedger.Comparison;
using ClaimsLedger.Model;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

/// <summary>
/// Claims read by hand from the shipped sample transcripts (data/samples), with their real sentences, give what
/// data/samples/README.md promises: copies are republished, roundings and conversions compatible, the rival source conflicts.
/// </summary>
public class SampleTranscriptsTests
{
    private const string Conference = "2023-03-03-miit-press-conference.txt";
    private const string News = "2023-03-04-xinhua-news-report.txt";
    private const string Portal = "2023-03-05-portal-republished-briefing.txt";
    private const string Institute = "2023-03-06-institute-digital-report.txt";
    private static readonly DateOnly End2022 = Day(2022, 12, 31);
    private static readonly (DateOnly Start, DateOnly End) Year2022 = Year(2022);
    private static long nextId;

    private static StoredClaim FromSample(string file, string figure, double value, string metric, DateOnly start, DateOnly end,
        string unit = "count", Qualifier qualifier = Qualifier.Exact, string? speaker = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "samples", file));
        var at = text.IndexOf(figure, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{figure} in {file}");
        var sentenceStart = new[] { text.LastIndexOf(". ", at, StringComparison.Ordinal), text.LastIndexOf('\n', at) }.Max() + 1;
        var sentenceEnd = text.IndexOf(". ", at, StringComparison.Ordinal) is var stop and >= 0 ? stop + 1 : text.Length;
        var documentId = Array.IndexOf([Conference, News, Portal, Institute], file) + 1;
        var claim = Make(Interlocked.Increment(ref nextId), documentId, figure, value, metric, start, end, unit, qualifier, speaker,
            text[sentenceStart..sentenceEnd].Trim());
        return claim with { DocumentFile = file };
    }

    private static readonly Lazy<ComparisonReport> Report = new(() => Compare(
        FromSample(Conference, "over 1.2 billion", 1.2e9, "internet users", End2022, End2022, qualifier: Qualifier.Over, speaker: "Zhao Min"),
        FromSample(Conference, "around 2.3 million", 2.3e6, "5G base stations", End2022, End2022, qualifier: Qualifier.Approx, speaker: "Zhao Min"),
        FromSample(Conference, "2.31 million", 2.31e6, "5G base stations", End2022, End2022, speaker: "Li Wei"),
        FromSample(Conference, "50.2 trillion yuan", 50.2e12, "digital economy", Year2022.Start, Year2022.End, "CNY", speaker: "Zhao Min"),
        FromSample(Conference, "41.5%", 41.5, "digital economy share of GDP", Year2022.Start, Year2022.End, "percent", speaker: "Zhao Min"),
        FromSample(News, "1.21 billion", 1.21e9, "internet users", End2022, End2022),
        FromSample(News, "7.3 trillion U.S. dollars", 7.3e12, "digital economy", Year2022.Start, Year2022.End, "USD", Qualifier.Approx),
        FromSample(Portal, "over 1.2 billion", 1.2e9, "internet users", End2022, End2022, qualifier: Qualifier.Over, speaker: "Zhao Min"),
        FromSample(Institute, "1.07 billion", 1.07e9, "internet users", End2022, End2022, qualifier: Qualifier.Approx, speaker: "Chen Hao"),
        FromSample(Institute, "2.6 million", 2.6e6, "5G base stations", End2022, End2022, speaker: "Chen Hao"),
        FromSample(Institute, "39.8%", 39.8, "digital economy share of GDP", Year2022.Start, Year2022.End, "percent", speaker: "Chen Hao")));

    /// <summary>The statuses of every pair of claims with these texts (a text may stand in several documents).</summary>
    private static PairStatus[] StatusOf(string a, string b) => Report.Value.Pairs
        .Where(p => (p.A.Claim.Text, p.B.Claim.Text) == (a, b) || (p.A.Claim.Text, p.B.Claim.Text) == (b, a))
        .Select(p => p.Status).Distinct().ToArray();

    [Test]
    public void The_verbatim_passage_of_the_portal_is_republished()
    {
        var copy = Report.Value.Pairs.Single(p => p.A.DocumentFile == Conference && p.B.DocumentFile == Portal);
        Assert.That(copy.Status, Is.EqualTo(PairStatus.Republished));
    }

    [Test]
    public void Roundings_and_a_conversion_are_compatible()
    {
        Assert.That(StatusOf("around 2.3 million", "2.31 million"), Is.EqualTo(new[] { PairStatus.Compatible }));
        Assert.That(StatusOf("over 1.2 billion", "1.21 billion"), Is.EqualTo(new[] { PairStatus.Compatible }));
        Assert.That(StatusOf("50.2 trillion yuan", "7.3 trillion U.S. dollars"), Is.EqualTo(new[] { PairStatus.Compatible }));
    }

    [Test]
    public void The_rival_source_conflicts_on_users_base_stations_and_share_of_GDP()
    {
        Assert.That(StatusOf("1.07 billion", "1.21 billion"), Is.EqualTo(new[] { PairStatus.Conflict }));
        Assert.That(StatusOf("2.6 million", "around 2.3 million"), Is.EqualTo(new[] { PairStatus.Conflict }));
        Assert.That(StatusOf("39.8%", "41.5%"), Is.EqualTo(new[] { PairStatus.Conflict }));
    }

    [Test]
    public void A_copy_does_not_count_as_a_second_confirmation()
    {
        var news = Report.Value.Pairs.First(p => p.B.Claim.Text == "1.21 billion" || p.A.Claim.Text == "1.21 billion");
        var newsId = news.A.Claim.Text == "1.21 billion" ? news.A.Id : news.B.Id;
        Assert.That(Report.Value.Corroboration().For(newsId).IndependentSources, Is.EqualTo(1));
    }
}
