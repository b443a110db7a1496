using ClaimsLedger.Extraction;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Extraction;

/// <summary>Sentences built to make the recognizers slow are bounded: reported and skipped, never hanging the run.</summary>
public class SentenceBudgetTests
{
    private const string Before = "Revenue reached 5 billion yuan in 2022.\n\n";
    private const string After = "\n\nExports grew 12% in 2022.";

    private static readonly Lazy<IClaimExtractor> Extractor = new(() =>
        ClaimExtractorFactory.CreateDefault(Path.Combine(AppContext.BaseDirectory, "data")));

    [Test]
    public void A_sentence_of_endless_number_words_is_skipped_with_a_warning_and_the_others_are_still_read()
    {
        var slow = string.Join(" ", Enumerable.Repeat("one hundred and", 120)) + " dollars.";
        var extracted = Extract(Before + slow + After);

        Assert.That(extracted.Warnings, Is.EqualTo(new[] { $"sentence at offset {Before.Length} skipped: recognizer time budget exceeded" }));
        Assert.That(extracted.Claims.Select(c => c.Text), Is.EqualTo(new[] { "5 billion yuan", "12%" }));
    }

    [Test]
    public void A_list_of_spelled_out_figures_stays_under_the_guard()
    {
        var list = "They built one hundred and twenty schools, forty-five hospitals, three thousand and five roads, "
            + "two hundred bridges, half a million homes and one point five million jobs.";
        Assert.That(SentenceGuard.IsTooCostly(list), Is.False);
        Assert.That(SentenceGuard.IsTooCostly(string.Join(" ", Enumerable.Repeat("one hundred and", 21))), Is.True);
    }

    [TestCase("long run of digits")]
    [TestCase("repeated measures")]
    [TestCase("repeated date ranges")]
    [TestCase("digit groups")]
    public void Other_long_repetitive_sentences_are_shown_to_the_recognizers_and_keep_the_other_claims(string kind)
    {
        var sentence = kind switch
        {
            "long run of digits" => new string('1', 1900) + " yuan.",
            "repeated measures" => string.Join(", ", Enumerable.Repeat("5 km", 300)) + ".",
            "repeated date ranges" => string.Join(" ", Enumerable.Repeat("January 2021 to", 120)) + " 3%.",
            _ => string.Concat(Enumerable.Repeat("1,0", 600)) + " tons.",
        };
        var extracted = Extract(Before + sentence + After);

        // No elapsed-time check: how long the recognizers take is the machine's; each of their regex matches is bounded
        // by RecognizerModels.RegexMatchBudget, and whatever happens to this sentence the others are read.
        Assert.That(SentenceGuard.IsTooCostly(sentence), Is.False, "no run of number words: not skipped before the recognizers");
        Assert.That(extracted.Claims.Select(c => c.Text), Does.Contain("5 billion yuan").And.Contain("12%"));
    }

    private static ExtractedDocument Extract(string text) =>
        Extractor.Value.Extract(new SourceDocument("budget.txt", "budget.txt", text, "", "Budget", ExtractionFixture.EventDate, null, null));
}
