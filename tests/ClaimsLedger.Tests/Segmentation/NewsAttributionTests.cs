using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

/// <summary>Attributions in news prose, wherever they stand: after a quotation, in an appositive, as a post's signature, before a colon.</summary>
public class NewsAttributionTests
{
    private static string? SpeakerOf(string text, string words) =>
        TranscriptSegmenter.Segment(text).Single(s => text[s.Start..s.End].Contains(words, StringComparison.Ordinal)).Speaker;

    [Test]
    public void A_quotation_before_its_attribution_belongs_to_the_speaker_from_its_first_word()
    {
        const string text = "Dana Okafor said the review began on Monday.\n\n\"Exports fell 4 percent. Imports rose 2 percent,\" Okafor said.\n";
        Assert.That(SpeakerOf(text, "Exports fell"), Is.EqualTo("Dana Okafor"));
    }

    [Test]
    public void An_appositive_between_name_and_verb_still_names_the_speaker()
    {
        const string text = "Maria Lopez, deputy governor of the central bank, said that inflation would fall to 3 percent.\n";
        Assert.That(SpeakerOf(text, "inflation"), Is.EqualTo("Maria Lopez"));
    }

    [Test]
    public void A_signed_post_is_said_by_its_author()
    {
        const string text = "Fines of 2 billion to three firms. They must stop now — Ana Reyes (@anareyes) July 1, 2021\n";
        Assert.That(SpeakerOf(text, "Fines of"), Is.EqualTo("Ana Reyes"));
    }

    [Test]
    public void A_title_name_and_commented_introduce_the_quote_after_it()
    {
        const string text = "Bank economist Jo Baker commented: \"Prices rose 3 percent in May.\"\n";
        Assert.That(SpeakerOf(text, "Prices rose"), Is.EqualTo("Jo Baker"));
    }

    [Test]
    public void An_organisation_with_an_appositive_is_no_speaker()
    {
        const string text = "The Ministry of Finance, which oversees the budget, said it would hire 500 teachers.\n";
        Assert.That(SpeakerOf(text, "teachers"), Is.Null);
    }
}
