using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

public class TranscriptSegmenterTests
{
    /// <summary>Each sentence as "speaker|text", with "-" for no speaker; the text is read back through the offsets.</summary>
    private static string[] Segments(string text) =>
        TranscriptSegmenter.Segment(text)
            .Select(s => $"{s.Speaker ?? "-"}|{text.Substring(s.Start, s.Length)}")
            .ToArray();

    [TestCase("Lena Marsh:\n\nPorts grew. Ships left.\n\nTidewire TV:  \n\nWhy?",
        new[] { "Lena Marsh|Ports grew.", "Lena Marsh|Ships left.", "Tidewire TV|Why?" },
        TestName = "Label_lines_start_turns_and_yield_no_sentence")]
    [TestCase("Lena Marsh:\nPorts grew.\nAda Kim:\nThey did.",
        new[] { "Lena Marsh|Ports grew.", "Ada Kim|They did." },
        TestName = "Label_lines_without_blank_lines")]
    [TestCase("Lena Marsh:\n\nPorts grew.\n\nIt rose a lot.",
        new[] { "Lena Marsh|Ports grew.", "Lena Marsh|It rose a lot." },
        TestName = "A_single_blank_line_keeps_the_turn")]
    [TestCase("Lena Marsh:\n\nPorts grew.\n\n\nHow many ships came?\n\nAda Kim:\n\nNine.",
        new[] { "Lena Marsh|Ports grew.", "-|How many ships came?", "Ada Kim|Nine." },
        TestName = "Two_blank_lines_end_the_turn")]
    [TestCase("Lena Marsh:\n\nPorts grew.\n \t\n  \nHow many?",
        new[] { "Lena Marsh|Ports grew.", "-|How many?" },
        TestName = "Whitespace_only_lines_count_as_blank")]
    [TestCase("Lena Marsh:\r\n\r\nPorts grew.\r\n\r\n\r\nHow many?",
        new[] { "Lena Marsh|Ports grew.", "-|How many?" },
        TestName = "Windows_line_ends")]
    [TestCase("Lena Marsh:\n\nWe worked on the following four aspects of the port:\n\nFirst, pumps.",
        new[] { "Lena Marsh|We worked on the following four aspects of the port:", "Lena Marsh|First, pumps." },
        TestName = "A_sentence_ending_in_a_colon_is_not_a_label")]
    [TestCase("Lena Marsh:\n\nSecond question.\n\nIt grew.",
        new[] { "Lena Marsh|Second question.", "Lena Marsh|It grew." },
        TestName = "A_short_sentence_is_not_a_label")]
    [TestCase("Lena Marsh:\n\nThanks.\n\n\nQuestion from Tidewire. Two questions. Why?\n\nMore on that.\n\nLena Marsh:\n\nBecause.",
        new[] { "Lena Marsh|Thanks.", "Tidewire|Question from Tidewire.", "Tidewire|Two questions.", "Tidewire|Why?", "Tidewire|More on that.", "Lena Marsh|Because." },
        TestName = "Question_from_gives_the_turn_to_the_asker")]
    [TestCase("Lena Marsh: Ports grew.\nAda Kim: They did.\nLena Marsh: Yes.\nAda Kim: Good.",
        new[] { "Lena Marsh|Ports grew.", "Ada Kim|They did.", "Lena Marsh|Yes.", "Ada Kim|Good." },
        TestName = "Recurring_inline_labels_start_turns")]
    [TestCase("PORTVILLE: The harbour grew by 9 percent.",
        new[] { "-|PORTVILLE: The harbour grew by 9 percent." },
        TestName = "A_one_off_inline_label_is_a_dateline_not_a_speaker")]
    [TestCase("Operator: Welcome to the call.\n\nJane Doe, Chief Financial Officer: Revenue grew.\n\nAnalyst: Why?\n\nDoe: Demand.",
        new[] { "Operator|Welcome to the call.", "Jane Doe|Revenue grew.", "Analyst|Why?", "Jane Doe|Demand." },
        TestName = "Turns_by_several_speakers_count_even_when_each_speaks_once")]
    [TestCase("Minister of Ports Ada Kim: Trade grew.\n\nTidewire TV: Why?\n\nKim: Demand.",
        new[] { "Ada Kim|Trade grew.", "Tidewire TV|Why?", "Ada Kim|Demand." },
        TestName = "A_surname_label_resolves_to_an_office_and_name_label")]
    [TestCase("Spokesperson Ada Kim: Trade grew.\n\nReporter from Tidewire TV: Why?\n\nAda Kim: Demand.",
        new[] { "Ada Kim|Trade grew.", "Reporter from Tidewire TV|Why?", "Ada Kim|Demand." },
        TestName = "A_title_before_a_name_in_a_label_is_dropped")]
    [TestCase("PORTVILLE: The harbour grew.\n\nLAKETON: Ferries ran.\n\nHILLBY: Roads closed.",
        new[] { "-|PORTVILLE: The harbour grew.", "-|LAKETON: Ferries ran.", "-|HILLBY: Roads closed." },
        TestName = "News_briefs_opened_by_datelines_are_not_turns")]
    [TestCase("Share Video:\n\nPorts grew.",
        new[] { "-|Share Video:", "-|Ports grew." },
        TestName = "Page_furniture_is_not_a_label")]
    public void Segments_turns(string text, string[] expected)
    {
        Assert.That(Segments(text), Is.EqualTo(expected));
    }

    [TestCase("The port opened.\n\nLena Marsh said the port grew. It added ships.\n\nTrade rose.",
        new[] { "-|The port opened.", "Lena Marsh|Lena Marsh said the port grew.", "Lena Marsh|It added ships.", "-|Trade rose." },
        TestName = "Attribution_covers_the_rest_of_its_paragraph")]
    [TestCase("The port opened. Later, Ada Kim pointed out that trade rose. It did.",
        new[] { "-|The port opened.", "Ada Kim|Later, Ada Kim pointed out that trade rose.", "Ada Kim|It did." },
        TestName = "Attribution_starts_at_its_sentence")]
    [TestCase("Narrator: \"The board met.\n\n\"Ada Kim stressed that trade matters. Ships count.\n\n\"We should build more.",
        new[] { "-|Narrator: \"The board met.", "Ada Kim|\"Ada Kim stressed that trade matters.", "Ada Kim|Ships count.", "-|\"We should build more." },
        TestName = "Quoted_narration_paragraph_names_its_speaker")]
    [TestCase("Lena Marsh:\n\nAs Ada Kim said, trade rose.\n\n\nAda Kim has stressed trade. What next?\n\nLena Marsh:\n\nMore.",
        new[] { "Lena Marsh|As Ada Kim said, trade rose.", "-|Ada Kim has stressed trade.", "-|What next?", "Lena Marsh|More." },
        TestName = "In_a_transcript_attributions_never_replace_the_turn")]
    public void Segments_narration(string text, string[] expected)
    {
        Assert.That(Segments(text), Is.EqualTo(expected));
    }

    [TestCase("Port Bulletin\nMay 4, 2022\nShare:\n\nPorts grew.",
        new[] { "-|Port Bulletin", "-|May 4, 2022", "-|Share:", "-|Ports grew." },
        TestName = "Heading_lines_are_their_own_sentences")]
    [TestCase("The harbour authority reported that container traffic\nrose by 9 percent. Ships left.",
        new[] { "-|The harbour authority reported that container traffic\nrose by 9 percent.", "-|Ships left." },
        TestName = "Hard_wrapped_lines_are_joined")]
    [TestCase("< 1 2 3 >\n#8990 | 07:33\nShare this Clip:",
        new[] { "-|< 1 2 3 >", "-|#8990 | 07:33", "-|Share this Clip:" },
        TestName = "Page_furniture_lines_are_sentences_of_their_own")]
    [TestCase("Output reached 1.85 million units, up 3.8 percent. Mr. Okoye left at 10 a.m. Aug. 19. It ended.",
        new[] { "-|Output reached 1.85 million units, up 3.8 percent.", "-|Mr. Okoye left at 10 a.m. Aug. 19.", "-|It ended." },
        TestName = "Decimals_and_abbreviations_inside_a_paragraph")]
    public void Segments_sentences(string text, string[] expected)
    {
        Assert.That(Segments(text), Is.EqualTo(expected));
    }

    [Test]
    public void Offsets_are_exact_and_trimmed()
    {
        const string text = "  \u00A0Lena Marsh:\u00A0 \n\n   Ports grew.\u00A0  Ships left.   \n\n\n";
        var sentences = TranscriptSegmenter.Segment(text);
        Assert.That(sentences.Select(s => (s.Start, s.End)), Is.EqualTo(new[] { (21, 32), (35, 46) }));
        Assert.That(sentences.Select(s => text.Substring(s.Start, s.Length)), Is.EqualTo(new[] { "Ports grew.", "Ships left." }));
    }

    [Test]
    public void Empty_text_has_no_sentences()
    {
        Assert.That(TranscriptSegmenter.Segment("\n \n"), Is.Empty);
    }

    [Test]
    public void A_fifty_megabyte_line_is_segmented_in_bounded_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("alpha beta gamma delta ", 2_200_000));
        var sentences = TranscriptSegmenter.Segment(text);
        Assert.That(sentences.Max(s => s.Length), Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
        Assert.That(sentences[^1].End, Is.EqualTo(text.TrimEnd().Length));
    }
}
