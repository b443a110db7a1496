using ClaimsLedger.Comparison;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

public class CorroborationTests
{
    private static readonly (DateOnly Start, DateOnly End) Year2022 = Year(2022);
    private const string Original = "China now has over 1.2 billion internet users, Li Wei said.";

    [Test]
    public void Copies_of_one_passage_count_as_one_source()
    {
        var report = Compare(
            Make(1, 1, "over 1.2 billion", 1.2e9, "internet users", Year2022.Start, Year2022.End, sentence: Original),
            Make(2, 2, "over 1.2 billion", 1.2e9, "internet users", Year2022.Start, Year2022.End, sentence: Original),
            Make(3, 3, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End));
        var corroboration = report.Corroboration();

        Assert.That(corroboration.For(3).IndependentSources, Is.EqualTo(1));
        Assert.That(corroboration.For(1).IndependentSources, Is.EqualTo(1));
        Assert.That(corroboration.For(1).RepublishedAs, Is.EqualTo(new long[] { 2 }));
    }

    // Issue #16: sources are documents (or their publishers), not speakers. This test asserted 2 when a source was a
    // (document, speaker); two officials of one press conference now count once.
    [Test]
    public void Two_speakers_of_one_document_agreeing_with_a_figure_are_one_source()
    {
        var report = Compare(
            Make(1, 1, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End, speaker: "Li Wei"),
            Make(2, 2, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End, speaker: "Zhang Min"),
            Make(3, 2, "about 1.3 billion", 1.3e9, "internet users", Year2022.Start, Year2022.End, qualifier: Model.Qualifier.Approx, speaker: "Chen Hao"));

        Assert.That(report.Corroboration().For(1).IndependentSources, Is.EqualTo(1));
    }

    [Test]
    public void Two_documents_of_one_publisher_are_one_source_and_the_claims_own_document_none()
    {
        var report = Compare(
            Make(1, 1, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End, speaker: "Li Wei"),
            Make(2, 1, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End, speaker: "Reporter"),
            Make(3, 2, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End) with { Source = "Xinhua" },
            Make(4, 3, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End) with { Source = " xinhua" },
            Make(5, 4, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End) with { Source = "Reuters" });
        var corroboration = report.Corroboration();

        Assert.That(corroboration.For(1).IndependentSources, Is.EqualTo(2), "Xinhua and Reuters; the reporter's question is document 1 again");
        Assert.That(corroboration.For(3).IndependentSources, Is.EqualTo(2), "document 1 and Reuters; the other Xinhua story is Xinhua again");
    }

    [Test]
    public void Conflicting_claims_name_each_other()
    {
        var report = Compare(
            Make(1, 1, "1.25 billion", 1.25e9, "internet users", Year2022.Start, Year2022.End),
            Make(2, 2, "1.4 billion", 1.4e9, "internet users", Year2022.Start, Year2022.End),
            Make(3, 3, "1.41 billion", 1.41e9, "internet users", Year2022.Start, Year2022.End));
        var corroboration = report.Corroboration();

        Assert.That(corroboration.For(1).ConflictsWith, Is.EqualTo(new long[] { 2, 3 }));
        Assert.That(corroboration.For(2).ConflictsWith, Is.EqualTo(new long[] { 1 }));
        Assert.That(corroboration.For(2).IndependentSources, Is.EqualTo(1));
    }

    [Test]
    public void A_claim_compared_with_nothing_has_no_sources_and_no_conflicts()
    {
        var none = Compare().Corroboration().For(42);
        Assert.That((none.IndependentSources, none.ConflictsWith.Count, none.RepublishedAs.Count), Is.EqualTo((0, 0, 0)));
    }
}
