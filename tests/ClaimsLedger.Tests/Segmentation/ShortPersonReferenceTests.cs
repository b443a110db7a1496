using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

/// <summary>A surname, or a title alone, after the document introduced the person in full.</summary>
public class ShortPersonReferenceTests
{
    /// <summary>Each sentence as "speaker|text", with "-" for no speaker.</summary>
    private static string[] Segments(string text) =>
        TranscriptSegmenter.Segment(text)
            .Select(s => $"{s.Speaker ?? "-"}|{text.Substring(s.Start, s.Length)}")
            .ToArray();

    private static string? LastSpeaker(string text) => TranscriptSegmenter.Segment(text)[^1].Speaker;

    [TestCase("Tomas Varga, head of the river authority, opened the dam.\n\nVarga said 40 pumps were added.",
        "Tomas Varga", TestName = "Surname_after_a_name_with_a_description")]
    [TestCase("Minister Ada Kim toured the dam.\n\n\"We added 40 pumps,\" Kim said.",
        "Ada Kim", TestName = "Surname_after_a_titled_name")]
    [TestCase("Ms. Ada Kim toured the dam.\n\n\"We added 40 pumps,\" said Ms. Kim.",
        "Ada Kim", TestName = "Title_and_surname_after_a_quotation")]
    [TestCase("Ada Kim said the dam was ready.\n\nKim added that 40 pumps were installed.",
        "Ada Kim", TestName = "Surname_after_a_full_name_attribution")]
    [TestCase("Zhou Minghua, a river engineer, inspected the dam.\n\nZhou also noted that 40 pumps were added.",
        "Zhou Minghua", TestName = "Surname_first_name_order")]
    [TestCase("The dam holds 3 million tonnes, according to Lin Haoran, director of the works.\n\nIt grew by 5%, according to Lin.",
        "Lin Haoran", TestName = "According_to_a_surname")]
    public void A_surname_gives_the_full_name_introduced_earlier(string text, string expected)
    {
        Assert.That(LastSpeaker(text), Is.EqualTo(expected));
    }

    [TestCase("Varga said 40 pumps were added.\n\nTomas Varga, head of the river authority, agreed.",
        TestName = "Introduced_only_later")]
    [TestCase("Tomas Varga, head of the authority, and Ilona Varga, his deputy, met.\n\nVarga said 40 pumps were added.",
        TestName = "Two_people_share_the_surname")]
    [TestCase("He Wenli, head of the authority, opened the dam.\n\nHe said 40 pumps were added.",
        TestName = "A_pronoun_spelt_like_a_surname")]
    [TestCase("Tomas Varga, head of the authority, opened the dam.\n\nPetrov said 40 pumps were added.",
        TestName = "A_surname_nobody_was_introduced_with")]
    [TestCase("The Varga Dam Authority, a state body, opened the dam.\n\nVarga said 40 pumps were added.",
        TestName = "An_organisation_is_not_a_person")]
    public void A_surname_without_one_earlier_full_name_gives_no_speaker(string text)
    {
        Assert.That(LastSpeaker(text), Is.Null);
    }

    [Test]
    public void A_surname_label_after_a_full_label_gives_the_full_label()
    {
        const string text = "Lena Marsh:\n\nPorts grew.\n\nTidewire TV:\n\nBy how much?\n\nMarsh:\n\nBy 9%.";
        Assert.That(Segments(text), Is.EqualTo(new[] { "Lena Marsh|Ports grew.", "Tidewire TV|By how much?", "Lena Marsh|By 9%." }));
    }

    [Test]
    public void A_titled_surname_label_after_a_roster_gives_the_full_name()
    {
        const string text = "Speakers\n\nLena Marsh, director of the port authority\n\nMS. MARSH:\n\nPorts grew by 9%.";
        Assert.That(LastSpeaker(text), Is.EqualTo("Lena Marsh"));
    }

    [Test]
    public void Upper_case_labels_resolve_without_regard_to_case()
    {
        const string text = "LENA MARSH:\n\nPorts grew.\n\nREPORTER:\n\nWhy?\n\nMARSH:\n\nBy 9%.";
        Assert.That(LastSpeaker(text), Is.EqualTo("LENA MARSH"));
    }

    [Test]
    public void A_title_label_after_a_fuller_label_gives_that_label()
    {
        const string text = "MINISTER MARSH:\n\nPorts grew.\n\nQ:\n\nWhy?\n\nTHE MINISTER:\n\nBy 9%.";
        Assert.That(LastSpeaker(text), Is.EqualTo("MINISTER MARSH"));
    }

    [Test]
    public void A_title_two_people_hold_stays_as_written()
    {
        const string text = "Joint remarks by Minister Kim and Minister Marsh\n\nMINISTER MARSH:\n\nPorts grew.\n\nTHE MINISTER:\n\nBy 9%.";
        Assert.That(LastSpeaker(text), Is.EqualTo("THE MINISTER"));
    }

    [Test]
    public void A_surname_label_shared_by_two_people_stays_as_written()
    {
        const string text = "Lena Marsh:\n\nPorts grew.\n\nTom Marsh:\n\nShips too.\n\nMarsh:\n\nBy 9%.";
        Assert.That(LastSpeaker(text), Is.EqualTo("Marsh"));
    }
}
