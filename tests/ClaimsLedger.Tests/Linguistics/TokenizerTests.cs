using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Tests.Linguistics;

/// <summary>The tokenizer on hand-made rules (what training learns from the treebank, spelled out here), so these hold whatever the model.</summary>
public class TokenizerTests
{
    private static readonly SentenceTokenizer Tokenizer = new(new TokenizerRules(
        ["mr.", "inc."], ["e", "co"], new Dictionary<string, int[]> { ["cannot"] = [3, 3], ["gonna"] = [3, 2] }));

    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(r => text[r])];

    [TestCase("Revenue rose to $90.1 million.", "Revenue|rose|to|$|90.1|million|.")]
    [TestCase("Inflation was 4.5% in 2023.", "Inflation|was|4.5|%|in|2023|.")]
    [TestCase("The U.S. economy grew.", "The|U.S.|economy|grew|.")]
    [TestCase("Apple's sales", "Apple|'s|sales")]
    [TestCase("Apple’s sales", "Apple|’s|sales")]
    [TestCase("We don't know and can't say.", "We|do|n't|know|and|ca|n't|say|.")]
    [TestCase("a state-owned firm and an e-mail", "a|state|-|owned|firm|and|an|e-mail")]
    [TestCase("profit of €4.34bn", "profit|of|€|4.34|bn")]
    [TestCase("a bill of CNY15 trillion", "a|bill|of|CNY|15|trillion")]
    [TestCase("US$4.5 billion", "US$|4.5|billion")]
    [TestCase("1,234,567 people", "1,234,567|people")]
    [TestCase("He said \"no\" (twice).", "He|said|\"|no|\"|(|twice|)|.")]
    [TestCase("Mr. Smith of Acme Inc. left...", "Mr.|Smith|of|Acme|Inc.|left|...")]
    [TestCase("the 1990s and the 2nd quarter", "the|1990s|and|the|2nd|quarter")]
    [TestCase("We cannot, and we're gonna win!", "We|can|not|,|and|we|'re|gon|na|win|!")]
    [TestCase("55k users on 9/11 and/or later", "55|k|users|on|9/11|and|/|or|later")]
    [TestCase("the players' union", "the|players|'|union")]
    public void Splits_words_as_the_treebank_does(string text, string expected) =>
        Assert.That(string.Join("|", Words(text)), Is.EqualTo(expected));

    [Test]
    public void Offsets_are_utf16_positions_in_the_sentence()
    {
        const string text = "  “Apple’s” revenue: €4.34bn.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.That(tokens.Select(r => text[r]), Is.EqualTo(new[] { "“", "Apple", "’s", "”", "revenue", ":", "€", "4.34", "bn", "." }));
        Assert.That(tokens[0].Start.Value, Is.EqualTo(2));
        Assert.That(tokens[1].Start.Value, Is.EqualTo(3));
        Assert.That(tokens[^1].End.Value, Is.EqualTo(text.Length));
    }
}
