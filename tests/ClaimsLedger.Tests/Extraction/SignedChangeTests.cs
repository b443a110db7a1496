namespace ClaimsLedger.Tests.Extraction;

/// <summary>
/// A fall is growth below zero: "fell 0.4 percent" is -0.4 of the thing's growth, so a rise and a fall of one thing are
/// one series; a noun that names the decline of something ("a 30 percent decline in waiting times") keeps its size.
/// </summary>
public class SignedChangeTests
{
    [TestCase("Coffee prices fell 1.8 percent in March.", "1.8 percent", "coffee prices growth", TestName = "Fell_N")]
    [TestCase("The harvest of barley was 12.4 million tons, down 3.5%.", "3.5%", "harvest of barley growth", TestName = "Down_N_after_a_level")]
    [TestCase("Airline bookings dropped by 7 percent from a year earlier.", "7 percent", "airline bookings growth", TestName = "Dropped_by_N")]
    [TestCase("The number of visitors was 2.3 million, a decrease of about 4 percent over the previous week.", "4 percent", "visitors growth", TestName = "A_decrease_of_N")]
    [TestCase("The mill has 9,400 workers, 6% fewer than a year ago.", "6%", "workers growth", TestName = "Fewer_than_after_the_figure")]
    [TestCase("The shipping firm reported revenue of $8.2 billion, down 11 percent from a year earlier.", "11 percent", "revenue growth", TestName = "A_fall_appended_to_an_amount")]
    public void A_fall_is_negative_growth(string sentence, string figure, string metric)
    {
        var claim = ExtractionFixture.Single(sentence, figure);
        Assert.That((claim.Metric, claim.Value < 0), Is.EqualTo((metric, true)), $"value {claim.Value}");
    }

    [Test]
    public void A_rise_and_a_fall_of_one_thing_are_one_metric_with_opposite_signs()
    {
        var rise = ExtractionFixture.Single("Coffee prices rose 1.8 percent in March.", "1.8 percent");
        var fall = ExtractionFixture.Single("Coffee prices fell 1.8 percent in March.", "1.8 percent");
        Assert.That((fall.Metric, fall.Value), Is.EqualTo((rise.Metric, -rise.Value)));
    }

    [Test]
    public void The_interval_of_a_fall_mirrors_the_interval_of_its_size()
    {
        var claim = ExtractionFixture.Single("Coffee prices fell by more than 2 percent in March.", "2 percent");
        Assert.That((claim.Value, claim.High), Is.EqualTo((-2.0, -2.0)));
        Assert.That(claim.Low, Is.LessThan(-2.0));
    }

    [Test]
    public void Percentage_points_of_a_fall_are_negative()
    {
        var claim = ExtractionFixture.Single("The jobless rate was down by 0.3 percentage points compared with May.", "0.3 percentage points");
        Assert.That(claim.Value, Is.EqualTo(-0.3));
    }

    [Test]
    public void A_noun_naming_the_decline_of_a_thing_keeps_its_size()
    {
        var claim = ExtractionFixture.Single("The new scanners brought a 30 percent decline in waiting times.", "30 percent");
        Assert.That((claim.Value, claim.Metric), Is.EqualTo((30.0, "waiting times decline")));
    }

    [Test]
    public void A_level_reached_by_a_fall_is_positive()
    {
        var claim = ExtractionFixture.Single("Coffee prices fell to 1.8 dollars a pound in March.", "1.8 dollars");
        Assert.That(claim.Value, Is.EqualTo(1.8));
    }
}
