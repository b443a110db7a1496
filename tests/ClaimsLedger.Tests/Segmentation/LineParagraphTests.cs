using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

/// <summary>A text with no blank lines holds a paragraph per line: an attribution ends with its line.</summary>
public class LineParagraphTests
{
    private static string?[] Speakers(string text) => [.. TranscriptSegmenter.Segment(text).Select(s => s.Speaker)];

    [Test]
    public void An_attribution_does_not_carry_to_the_next_line_of_a_text_without_blank_lines()
    {
        var text = "Exports rose 4 percent in May, Trade Minister Ada Kim said on Monday.\nImports fell 2 percent in May.\n";
        Assert.That(Speakers(text), Is.EqualTo(new string?[] { "Ada Kim", null }));
    }

    [Test]
    public void In_a_text_with_blank_lines_it_carries_through_its_paragraph()
    {
        var text = "Exports rose 4 percent in May, Trade Minister Ada Kim said on Monday.\nImports fell 2 percent in May.\n\nThe port reopened.\n";
        Assert.That(Speakers(text), Is.EqualTo(new string?[] { "Ada Kim", "Ada Kim", null }));
    }

    [Test]
    public void A_hard_wrapped_sentence_keeps_its_speaker_across_lines()
    {
        var text = "Exports rose 4 percent in May and imports fell 2 percent over the same month,\nTrade Minister Ada Kim said on Monday.\n";
        Assert.That(Speakers(text), Is.EqualTo(new string?[] { "Ada Kim" }));
    }
}
