using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

public class SpeakerLabelReaderTests
{
    [TestCase("JANE DOE, CFO:", "JANE DOE", TestName = "Name_with_a_title_after_a_comma")]
    [TestCase("MS. JEAN-PIERRE:", "MS. JEAN-PIERRE", TestName = "Uppercase_title_abbreviation")]
    [TestCase("Li Wei, spokesperson of the ministry:", "Li Wei", TestName = "Name_with_a_long_title_after_a_comma")]
    [TestCase("Lena Marsh:", "Lena Marsh", TestName = "Personal_name_label")]
    [TestCase("Harbour News Service:  \u00A0", "Harbour News Service", TestName = "Outlet_label_with_trailing_spaces")]
    [TestCase("  Tidewire TV:", "Tidewire TV", TestName = "Outlet_with_acronym")]
    [TestCase("Ministry of Water Resources:", "Ministry of Water Resources", TestName = "Label_with_connector_word")]
    [TestCase("Mr. Okoye:", "Mr. Okoye", TestName = "Label_with_title_abbreviation")]
    [TestCase("Q:", "Q", TestName = "Single_letter_label")]
    [TestCase("Lena Marsh\uFF1A", "Lena Marsh", TestName = "Fullwidth_colon")]
    public void Reads_label_lines(string line, string expected)
    {
        Assert.That(SpeakerLabelReader.TryReadLabelLine(line, out var name), Is.True);
        Assert.That(name, Is.EqualTo(expected));
    }

    [TestCase("Second question.", TestName = "Sentence_without_colon")]
    [TestCase("we carried out our work from the following four aspects:", TestName = "Lowercase_line_ending_in_colon")]
    [TestCase("We carried out our work from the following four aspects:", TestName = "Long_sentence_ending_in_colon")]
    [TestCase("The plan has three parts:", TestName = "Sentence_with_lowercase_words")]
    [TestCase("Share Video:", TestName = "Page_furniture_share")]
    [TestCase("Source:", TestName = "Page_furniture_source")]
    [TestCase("Thanks. Next:", TestName = "Sentence_punctuation_before_colon")]
    [TestCase("Alpha, Beta:", TestName = "Comma_before_colon")]
    [TestCase("First, The Economy:", TestName = "One_word_before_a_comma_is_no_name")]
    [TestCase("One Two Three Four Five Six Seven:", TestName = "More_than_six_words")]
    [TestCase(":", TestName = "Colon_alone")]
    [TestCase("Lena Marsh: Thank you.", TestName = "Label_followed_by_text_is_not_a_label_line")]
    public void Rejects_non_labels(string line)
    {
        Assert.That(SpeakerLabelReader.TryReadLabelLine(line, out _), Is.False);
    }

    [TestCase("Lena Marsh: Thank you.", "Lena Marsh", 12, TestName = "Inline_label")]
    [TestCase("Tidewire TV:   What next?", "Tidewire TV", 15, TestName = "Inline_outlet_label")]
    public void Reads_inline_labels(string line, string expected, int textOffset)
    {
        Assert.That(SpeakerLabelReader.TryReadInlineLabel(line, out var name, out int offset), Is.True);
        Assert.That((name, offset), Is.EqualTo((expected, textOffset)));
    }

    [TestCase("At 10:30 the ships left.", TestName = "Clock_time_is_not_an_inline_label")]
    [TestCase("Note: pumps were counted.", TestName = "Furniture_is_not_an_inline_label")]
    [TestCase("The result was clear: it rose.", TestName = "Colon_inside_a_sentence_is_not_an_inline_label")]
    public void Rejects_inline_non_labels(string line)
    {
        Assert.That(SpeakerLabelReader.TryReadInlineLabel(line, out _, out _), Is.False);
    }

    [TestCase("Question from Tidewire. Two questions.", "Tidewire", TestName = "Question_from_outlet_with_period")]
    [TestCase("Question from Harbour Daily: how many ships?", "Harbour Daily", TestName = "Question_from_outlet_with_colon")]
    [TestCase("Question from the Coastal Herald, please.", "Coastal Herald", TestName = "Question_from_drops_the_article")]
    [TestCase("Question from U.S. Port News. Hello.", "U.S. Port News", TestName = "Question_from_keeps_initialisms")]
    public void Reads_question_from(string paragraph, string expected)
    {
        Assert.That(SpeakerLabelReader.TryReadQuestionFrom(paragraph, out var asker), Is.True);
        Assert.That(asker, Is.EqualTo(expected));
    }

    [TestCase("The question from the floor was long.", TestName = "Not_at_the_start")]
    [TestCase("Question from me.", TestName = "Lowercase_asker")]
    public void Rejects_question_from(string paragraph)
    {
        Assert.That(SpeakerLabelReader.TryReadQuestionFrom(paragraph, out _), Is.False);
    }
}
