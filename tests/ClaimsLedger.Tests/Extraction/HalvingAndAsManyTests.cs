namespace ClaimsLedger.Tests.Extraction;

/// <summary>"halved" and "cut in half" as growth of -50%; "twice as many X as in YEAR" as a multiple of X.</summary>
public class HalvingAndAsManyTests
{
    [TestCase("The number of ferry accidents halved to 40 last year.", "halved", "ferry accidents growth", TestName = "Halved")]
    [TestCase("Waiting times at the clinic were cut in half in 2021.", "cut in half", "waiting times at clinic growth", TestName = "Cut_in_half")]
    public void Halving_is_a_fifty_percent_fall(string text, string figure, string metric)
    {
        var claim = ExtractionFixture.Single(text, figure);
        Assert.That((claim.Value, claim.Unit, claim.Metric), Is.EqualTo((-50.0, "percent", metric)));
    }

    [Test]
    public void The_level_after_halved_to_measures_the_thing_itself()
    {
        Assert.That(ExtractionFixture.Single("The number of ferry accidents halved to 40 last year.", "40").Metric, Is.EqualTo("ferry accidents"));
    }

    [Test]
    public void Split_in_half_is_not_a_change()
    {
        Assert.That(ExtractionFixture.Claims("The board split the ferry company in half and sold 30 boats.").Select(c => c.Metric),
            Has.None.EndsWith("growth"));
    }

    [Test]
    public void Twice_as_many_things_as_in_a_year_counts_those_things_and_spans_from_that_year()
    {
        var claim = ExtractionFixture.Single("The museum now has twice as many visitors as in 2015.", "twice");
        Assert.That((claim.Value, claim.Unit, claim.Metric), Is.EqualTo((2.0, "times", "visitors")));
        Assert.That(claim.PeriodStart, Is.EqualTo(new DateOnly(2015, 1, 1)));
    }

    [Test]
    public void The_year_after_as_many_as_is_not_the_time_of_the_other_figures()
    {
        var claim = ExtractionFixture.Single("The museum had 90,000 visitors in 2022, three times as many as in 2015.", "90,000");
        Assert.That((claim.PeriodStart, claim.PeriodEnd), Is.EqualTo((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31))));
    }
}
