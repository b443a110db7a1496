using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [TestCase("Output rose. Prices fell.", new[] { "Output rose.", "Prices fell." }, TestName = "Splits_after_a_period_before_a_capital")]
    [TestCase("Did it rise? Yes! It did.", new[] { "Did it rise?", "Yes!", "It did." }, TestName = "Splits_after_question_and_exclamation_marks")]
    [TestCase("He said \"it rose.\" Then it fell.", new[] { "He said \"it rose.\"", "Then it fell." }, TestName = "Closing_quote_stays_with_its_sentence")]
    [TestCase("It rose by 9. 43 firms joined.", new[] { "It rose by 9.", "43 firms joined." }, TestName = "Splits_before_a_digit")]
    [TestCase("It rose. \"We won,\" she said.", new[] { "It rose.", "\"We won,\" she said." }, TestName = "Splits_before_an_opening_quote")]
    [TestCase("Output reached 1.85 million units and 3.8 percent growth.", new[] { "Output reached 1.85 million units and 3.8 percent growth." }, TestName = "Decimals_do_not_split")]
    [TestCase("Mr. Lund and Dr. Okoye met Prof. Hale.", new[] { "Mr. Lund and Dr. Okoye met Prof. Hale." }, TestName = "Titles_do_not_split")]
    [TestCase("It opened at 10 a.m. Aug. 19 in the U.S. Senate.", new[] { "It opened at 10 a.m. Aug. 19 in the U.S. Senate." }, TestName = "Times_months_and_initialisms_do_not_split")]
    [TestCase("Ports, e.g. Rotterdam, grew; i.e. Europe led.", new[] { "Ports, e.g. Rotterdam, grew; i.e. Europe led." }, TestName = "Latin_abbreviations_and_semicolons_do_not_split")]
    [TestCase("Tools, pumps etc. Were counted by Acme Co. Ltd. Inc. Staff vs. Crew.", new[] { "Tools, pumps etc. Were counted by Acme Co. Ltd. Inc. Staff vs. Crew." }, TestName = "Company_abbreviations_do_not_split")]
    [TestCase("Berth No. 5 opened in 2021. It grew.", new[] { "Berth No. 5 opened in 2021.", "It grew." }, TestName = "Number_abbreviation_does_not_split_but_a_later_period_does")]
    [TestCase("Written by J. Tan. The end.", new[] { "Written by J. Tan.", "The end." }, TestName = "Initials_do_not_split")]
    [TestCase("It rose. and then fell.", new[] { "It rose. and then fell." }, TestName = "No_split_before_a_lowercase_word")]
    [TestCase("  Padded.   Text.  ", new[] { "Padded.", "Text." }, TestName = "Sentences_are_trimmed")]
    [TestCase("Wait... Then go.", new[] { "Wait...", "Then go." }, TestName = "Ellipsis_ends_a_sentence")]
    public void Splits_prose_into_sentences(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [Test]
    public void An_endless_line_is_cut_into_bounded_sentences_at_spaces()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 2_000_000));
        var spans = SentenceSplitter.Split(text);
        Assert.That(spans.Max(s => s.Length), Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
        Assert.That(spans.All(s => text[s.Start] == 'w' && text[s.End - 1] == 'd'), Is.True);
        Assert.That(spans.Sum(s => s.Length + 1), Is.EqualTo(text.Length));
    }

    [Test]
    public void An_endless_line_without_spaces_is_cut_hard()
    {
        var text = new string('x', 10_000);
        Assert.That(SentenceSplitter.Split(text).Select(s => s.Length), Is.EqualTo(new[] { 2000, 2000, 2000, 2000, 2000 }));
    }
}
