using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Tests.Segmentation;

public class AttributionReaderTests
{
    private static string[] Names(string text) => AttributionReader.Find(text).Select(a => a.Name).ToArray();

    [TestCase("\"Exports rose 4%,\" said Harbour Minister Lena Marsh.", "Lena Marsh", TestName = "Said_after_a_quotation")]
    [TestCase("Lena Marsh said the port grew.", "Lena Marsh", TestName = "Name_said")]
    [TestCase("Tomas Varga pointed out that exports rose.", "Tomas Varga", TestName = "Name_pointed_out")]
    [TestCase("Harbour Minister Lena Marsh stressed the need to build.", "Lena Marsh", TestName = "Titles_are_dropped")]
    [TestCase("Chief Engineer Ada Kim has stressed that pumps matter.", "Ada Kim", TestName = "Has_between_name_and_verb")]
    [TestCase("Ada Kim said in her speech that pumps matter.", "Ada Kim", TestName = "Said_in_her_speech")]
    [TestCase("\"Ada Kim stressed that pumps matter.", "Ada Kim", TestName = "Paragraph_opening_with_a_quote")]
    [TestCase("At the forum, Rui Van Dam said pumps matter.", "Rui Van Dam", TestName = "Three_word_name_after_a_comma")]
    [TestCase("Exports rose, according to Lena Marsh, by a third.", "Lena Marsh", TestName = "According_to_name")]
    [TestCase("According to Minister Lena Marsh exports rose.", "Lena Marsh", TestName = "According_to_title_and_name")]
    [TestCase("The ships left port. Ada Kim said more would come.", "Ada Kim", TestName = "Name_after_a_sentence_end")]
    [TestCase("He Wenli said the port grew.", "He Wenli", TestName = "Surname_spelt_like_a_pronoun")]
    [TestCase("Ada Kim, director of the port, said it grew.", "Ada Kim", TestName = "Appositive")]
    public void Finds_a_personal_name(string text, string expected)
    {
        Assert.That(Names(text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("He said the port grew.", TestName = "Pronoun")]
    [TestCase("The Harbour Committee said the port grew.", TestName = "Organisation")]
    [TestCase("The Ministry of Water Resources said the port grew.", TestName = "Organisation_with_connector")]
    [TestCase("Ada Kim and Lena Marsh said the port grew.", TestName = "List_of_names")]
    [TestCase("The NPCA said the port grew.", TestName = "Acronym")]
    [TestCase("Global Times said the port grew.", TestName = "Publication")]
    [TestCase("Marsh said the port grew.", TestName = "Single_word")]
    [TestCase("Exports rose, according to the Harbour Bureau.", TestName = "According_to_an_organisation")]
    [TestCase("Exports rose, according to official data.", TestName = "According_to_lowercase")]
    [TestCase("The reporter noted nothing. Unsaid words stay.", TestName = "Lowercase_subject_and_verb_inside_a_word")]
    public void Finds_no_personal_name(string text)
    {
        Assert.That(Names(text), Is.Empty);
    }

    [Test]
    public void Positions_point_at_the_name()
    {
        const string text = "Ports grew. Lena Marsh said so.";
        Assert.That(AttributionReader.Find(text).Single().Position, Is.EqualTo(text.IndexOf("Lena", StringComparison.Ordinal)));
    }

    [Test]
    public void Several_attributions_come_in_text_order()
    {
        Assert.That(Names("Ada Kim said yes. Lena Marsh stressed no. Tomas Varga noted maybe."),
            Is.EqualTo(new[] { "Ada Kim", "Lena Marsh", "Tomas Varga" }));
    }
}
