using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Comparison;

public class StatedIntervalTests
{
    private const double Tolerance = 1e-6;

    [TestCase(1_850_000, "1.85 million", 10_000)]
    [TestCase(1_854_000, "1.854 million", 1_000)]
    [TestCase(564_000_000, "564 million", 1_000_000)]
    [TestCase(560_000_000, "560 million", 10_000_000)]
    [TestCase(100_000_000, "100 million", 10_000_000)]
    [TestCase(39.8, "39.8%", 0.1)]
    [TestCase(5, "5%", 1)]
    [TestCase(1_854_000, "1,854,000", 1_000)]
    [TestCase(8_206_000_000, "8.206 billion yuan", 1_000_000)]
    [TestCase(1_200_000_000, "$1.2 billion", 100_000_000)]
    [TestCase(2_300_000, "around 2.3 million 5G base stations", 100_000)]
    [TestCase(6_600_000_000, "45.5 trillion yuan ($6.6 billion)", 100_000_000)]
    public void The_step_of_a_figure_is_the_place_of_its_last_significant_digit(double value, string text, double step)
    {
        Assert.That(StatedPrecision.Of(value, text).Step, Is.EqualTo(step).Within(step * Tolerance));
    }

    [Test]
    public void A_figure_written_in_words_takes_its_precision_from_its_value()
    {
        Assert.That(StatedPrecision.Of(4, "four times").Step, Is.EqualTo(1));
    }

    [Test]
    public void Trailing_zeros_are_all_rounding_for_the_coarse_step()
    {
        Assert.That(StatedPrecision.Of(400_000_000, "400 million").CoarseStep, Is.EqualTo(100_000_000).Within(1e-3));
    }

    [Test]
    public void An_exact_figure_allows_half_a_step_either_side()
    {
        var (low, high) = StatedInterval.For(560e6, "560 million", Qualifier.Exact);
        Assert.That(low, Is.EqualTo(555e6).Within(1));
        Assert.That(high, Is.EqualTo(565e6).Within(1));
    }

    [Test]
    public void A_finer_figure_allows_a_narrower_interval()
    {
        var (low, high) = StatedInterval.For(1.854e6, "1.854 million", Qualifier.Exact);
        Assert.That(low, Is.EqualTo(1.8535e6).Within(1e-3));
        Assert.That(high, Is.EqualTo(1.8545e6).Within(1e-3));
    }

    [Test]
    public void Around_allows_three_percent_either_side_when_wider_than_a_step()
    {
        var (low, high) = StatedInterval.For(1.85e6, "around 1.85 million", Qualifier.Approx);
        Assert.That(low, Is.EqualTo(1.85e6 * 0.97).Within(1e-3));
        Assert.That(high, Is.EqualTo(1.85e6 * 1.03).Within(1e-3));
    }

    [Test]
    public void Around_allows_at_least_one_step_either_side()
    {
        var (low, high) = StatedInterval.For(30, "about 30%", Qualifier.Approx);
        Assert.That(low, Is.EqualTo(29).Within(Tolerance));
        Assert.That(high, Is.EqualTo(31).Within(Tolerance));
    }

    [Test]
    public void Over_reaches_ten_percent_above_a_precise_bound()
    {
        var (low, high) = StatedInterval.For(1.03e9, "over 1.03 billion", Qualifier.Over);
        Assert.That(low, Is.EqualTo(1.03e9));
        Assert.That(high, Is.EqualTo(1.133e9).Within(1));
    }

    [Test]
    public void Over_a_round_figure_reaches_the_next_round_figure()
    {
        var (low, high) = StatedInterval.For(400e6, "more than 400 million", Qualifier.Over);
        Assert.That(low, Is.EqualTo(400e6));
        Assert.That(high, Is.EqualTo(500e6).Within(1));
    }

    [Test]
    public void At_least_is_read_like_over()
    {
        Assert.That(StatedInterval.For(450e6, "at least 450 million", Qualifier.AtLeast),
            Is.EqualTo(StatedInterval.For(450e6, "over 450 million", Qualifier.Over)));
    }

    [Test]
    public void Under_reaches_below_the_bound_but_not_below_zero()
    {
        var (low, high) = StatedInterval.For(5, "less than 5%", Qualifier.Under);
        Assert.That(low, Is.EqualTo(4).Within(Tolerance));
        Assert.That(high, Is.EqualTo(5));
        Assert.That(StatedInterval.For(1, "under 1%", Qualifier.Under).Low, Is.EqualTo(0));
    }

    [Test]
    public void At_most_is_read_like_under()
    {
        Assert.That(StatedInterval.For(5, "at most 5%", Qualifier.AtMost),
            Is.EqualTo(StatedInterval.For(5, "under 5%", Qualifier.Under)));
    }

    [Test]
    public void Nearly_reaches_ten_percent_below_and_not_above()
    {
        var (low, high) = StatedInterval.For(2e6, "nearly 2 million", Qualifier.Nearly);
        Assert.That(low, Is.EqualTo(1.8e6).Within(1e-3));
        Assert.That(high, Is.EqualTo(2e6));
    }

    [Test]
    public void A_rank_allows_exactly_its_value()
    {
        Assert.That(StatedInterval.For(2, "second", Qualifier.Exact, "rank"), Is.EqualTo((2.0, 2.0)));
    }
}
