using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Extraction;

public class QualifierTests
{
    [TestCase("The site drew over 300 visitors.", "300", Qualifier.Over)]
    [TestCase("The site drew more than 300 visitors.", "300", Qualifier.Over)]
    [TestCase("The number of members exceeding 300 surprised the club.", "300", Qualifier.Over)]
    [TestCase("The site drew nearly 300 visitors.", "300", Qualifier.Nearly)]
    [TestCase("The site drew almost 300 visitors.", "300", Qualifier.Nearly)]
    [TestCase("The site drew close to 300 visitors.", "300", Qualifier.Nearly)]
    [TestCase("The site drew around 300 visitors.", "300", Qualifier.Approx)]
    [TestCase("The site drew about 300 visitors.", "300", Qualifier.Approx)]
    [TestCase("The site drew some 300 visitors.", "300", Qualifier.Approx)]
    [TestCase("The site drew roughly 300 visitors.", "300", Qualifier.Approx)]
    [TestCase("The site drew less than 300 visitors.", "300", Qualifier.Under)]
    [TestCase("The site drew fewer than 300 visitors.", "300", Qualifier.Under)]
    [TestCase("The site drew at least 300 visitors.", "300", Qualifier.AtLeast)]
    [TestCase("The site drew no less than 300 visitors.", "300", Qualifier.AtLeast)]
    [TestCase("The site drew at most 300 visitors.", "300", Qualifier.AtMost)]
    [TestCase("The site drew 300 visitors.", "300", Qualifier.Exact)]
    [TestCase("Between 2 million and 3 million people remain out of work.", "2 million", Qualifier.AtLeast)]
    [TestCase("Between 2 million and 3 million people remain out of work.", "3 million", Qualifier.AtMost)]
    public void Qualifier_is_read_from_the_words_before_the_figure(string sentence, string figure, Qualifier expected)
    {
        Assert.That(ExtractionFixture.Single(sentence, figure).Qualifier, Is.EqualTo(expected));
    }

    [Test]
    public void Bounds_follow_the_stated_precision()
    {
        var claim = ExtractionFixture.Single("The fund holds 1.03 billion dollars.", "1.03 billion dollars");
        Assert.That(claim.Low, Is.EqualTo(1.025e9).Within(1));
        Assert.That(claim.High, Is.EqualTo(1.035e9).Within(1));
    }

    [Test]
    public void Over_has_the_figure_as_its_floor()
    {
        var claim = ExtractionFixture.Single("The fund holds over 2 billion dollars.", "2 billion dollars");
        Assert.That(claim.Low, Is.EqualTo(2e9));
        Assert.That(claim.High, Is.GreaterThan(2e9));
    }
}
