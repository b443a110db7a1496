using ClaimsLedger.Comparison;
using ClaimsLedger.Model;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

public class PairStatusTests
{
    private static readonly (DateOnly Start, DateOnly End) Year2022 = Year(2022);

    [Test]
    public void Figures_no_rounding_can_reconcile_are_a_conflict_with_both_intervals_and_the_miss()
    {
        var pair = OnlyPair(
            Make(1, 1, "2.3 million", 2.3e6, "5G base stations", Year2022.Start, Year2022.End),
            Make(2, 2, "1.85 million", 1.85e6, "5G base stations", Year2022.Start, Year2022.End));

        Assert.That(pair.Status, Is.EqualTo(PairStatus.Conflict));
        Assert.That(pair.Reason, Is.EqualTo(
            "#1 \"2.3 million\" allows 2.25–2.35 million; #2 \"1.85 million\" allows 1.845–1.855 million; "
            + "they miss by 0.395 million (21.29% of 1.855 million): no rounding, qualifier or exchange rate reconciles them"));
    }

    [Test]
    public void Adjacent_roundings_at_the_same_precision_conflict()
    {
        var pair = OnlyPair(
            Make(1, 1, "564 million", 564e6, "internet users", Day(2012, 12, 31), Day(2012, 12, 31)),
            Make(2, 2, "565 million", 565e6, "internet users", Day(2012, 12, 31), Day(2012, 12, 31)));
        Assert.That(pair.Status, Is.EqualTo(PairStatus.Conflict));
    }

    [Test]
    public void A_rounded_figure_is_compatible_with_a_finer_one_it_rounds()
    {
        var pair = OnlyPair(
            Make(1, 1, "564 million", 564e6, "internet users", Day(2012, 12, 31), Day(2012, 12, 31)),
            Make(2, 2, "560 million", 560e6, "internet users", Day(2012, 12, 31), Day(2012, 12, 31)));

        Assert.That(pair.Status, Is.EqualTo(PairStatus.Compatible));
        Assert.That(pair.Reason, Is.EqualTo(
            "#1 \"564 million\" allows 563.5–564.5 million; #2 \"560 million\" allows 555–565 million; both allow 563.5–564.5 million"));
    }

    [Test]
    public void Identical_figures_from_two_speakers_are_the_same()
    {
        var pair = OnlyPair(
            Make(1, 1, "39.8%", 39.8, "digital economy share of GDP", Year2022.Start, Year2022.End, "percent", speaker: "Yang Shuzhen"),
            Make(2, 1, "39.8%", 39.8, "Digital economy share of GDP", Year2022.Start, Year2022.End, "percent", speaker: "Wang Song"));

        Assert.That(pair.Status, Is.EqualTo(PairStatus.Same));
        Assert.That(pair.Reason, Is.EqualTo("#1 and #2 both state 39.8% (exact)"));
    }

    [Test]
    public void One_speaker_repeating_a_figure_in_one_document_is_not_compared()
    {
        var report = Compare(
            Make(1, 1, "39.8%", 39.8, "digital economy share of GDP", Year2022.Start, Year2022.End, "percent", speaker: "Wang Song"),
            Make(2, 1, "40%", 40, "digital economy share of GDP", Year2022.Start, Year2022.End, "percent", speaker: "Wang Song"));
        Assert.That(report.Pairs, Is.Empty);
    }

    [Test]
    public void The_same_sentence_in_two_documents_is_republished_not_confirmation()
    {
        const string sentence = "We have built around 2.3 million 5G base stations, ranking first in the world.";
        var pair = OnlyPair(
            Make(1, 1, "2.3 million", 2.3e6, "5G base stations", Year2022.Start, Year2022.End, qualifier: Qualifier.Approx, sentence: sentence),
            Make(2, 2, "2.3 million", 2.3e6, "5G base stations", Year2022.Start, Year2022.End, qualifier: Qualifier.Approx,
                sentence: "We have built  around 2.3 million 5G base stations -- ranking FIRST in the world"));

        Assert.That(pair.Status, Is.EqualTo(PairStatus.Republished));
        Assert.That(pair.Reason, Does.Contain("a copy, not an independent confirmation"));
    }

    [Test]
    public void A_flow_for_a_year_is_not_compared_with_a_stock_at_its_end()
    {
        var report = Compare(
            Make(1, 1, "45.5 trillion yuan", 45.5e12, "digital economy", Year2022.Start, Year2022.End, "CNY"),
            Make(2, 2, "50 trillion yuan", 50e12, "digital economy", Day(2022, 12, 31), Day(2022, 12, 31), "CNY"));
        Assert.That(report.Pairs, Is.Empty);
    }

    [Test]
    public void A_stock_stated_at_different_grains_of_the_same_month_is_compared()
    {
        var report = Compare(
            Make(1, 1, "2.3 million", 2.3e6, "5G base stations", Day(2022, 12, 31), Day(2022, 12, 31)),
            Make(2, 2, "2.31 million", 2.31e6, "5G base stations", Day(2022, 12, 1), Day(2022, 12, 31)),
            Make(3, 3, "2.3 million", 2.3e6, "5G base stations", Day(2022, 12, 15), Day(2022, 12, 15)));
        Assert.That(report.Pairs, Has.Count.EqualTo(3));
    }

    [Test]
    public void Claims_without_a_period_are_listed_but_never_compared()
    {
        var report = Compare(
            Make(1, 1, "564 million", 564e6, "internet users", null, null),
            Make(2, 2, "1.03 billion", 1.03e9, "internet users", null, null));
        Assert.That(report.Pairs, Is.Empty);
        Assert.That(report.Undated.Select(c => c.Id), Is.EqualTo(new long[] { 1, 2 }));
    }

    [Test]
    public void Different_metrics_are_not_compared()
    {
        var report = Compare(
            Make(1, 1, "564 million", 564e6, "internet users", Year2022.Start, Year2022.End),
            Make(2, 2, "1.85 million", 1.85e6, "5G base stations", Year2022.Start, Year2022.End));
        Assert.That(report.Pairs, Is.Empty);
    }

    [Test]
    public void Figures_in_units_that_do_not_convert_are_noted_not_compared()
    {
        var report = Compare(
            Make(1, 1, "39.8%", 39.8, "digital economy", Year2022.Start, Year2022.End, "percent"),
            Make(2, 2, "45.5 trillion yuan", 45.5e12, "digital economy", Year2022.Start, Year2022.End, "CNY"));
        Assert.That(report.Pairs, Is.Empty);
        Assert.That(report.Notes, Is.EqualTo(new[] { "#1 is in percent and #2 in CNY: different units, not compared" }));
    }

    [Test]
    public void Data_sizes_are_compared_after_scaling_to_one_unit()
    {
        var pair = OnlyPair(
            Make(1, 1, "6.6 ZB", 6.6, "data output", Year2022.Start, Year2022.End, "ZB"),
            Make(2, 2, "6,600 EB", 6600, "data output", Year2022.Start, Year2022.End, "EB"));
        Assert.That(pair.Status, Is.EqualTo(PairStatus.Same));
    }

    [Test]
    public void Dollars_are_converted_into_yuan_at_the_monthly_rates_of_the_period()
    {
        var pair = OnlyPair(
            Make(1, 1, "$1.2 billion", 1.2e9, "Didi fine", Day(2022, 7, 21), Day(2022, 7, 21), "USD"),
            Make(2, 2, "8.206 billion yuan", 8.206e9, "Didi fine", Day(2022, 7, 1), Day(2022, 7, 31), "CNY"));

        Assert.That(pair.Status, Is.EqualTo(PairStatus.Compatible));
        Assert.That(pair.Reason, Does.Contain("at 6.7352 CNY per USD (monthly averages 2022-07, ±1% slack)"));
    }

    [Test]
    public void Yuan_are_converted_into_dollars_when_the_other_currency_is_not_the_yuan()
    {
        var pair = OnlyPair(
            Make(1, 1, "$1.2 billion", 1.2e9, "fine", Day(2022, 7, 21), Day(2022, 7, 21), "USD"),
            Make(2, 2, "1.13 billion euros", 1.13e9, "fine", Day(2022, 7, 21), Day(2022, 7, 21), "EUR"));

        Assert.That(pair.Status, Is.EqualTo(PairStatus.Compatible));
        Assert.That(pair.Reason, Does.Contain("USD per EUR (monthly averages 2022-07"));
    }

    [Test]
    public void A_currency_figure_off_by_more_than_any_rate_of_the_period_conflicts()
    {
        var pair = OnlyPair(
            Make(1, 1, "$1.5 billion", 1.5e9, "Didi fine", Day(2022, 7, 1), Day(2022, 7, 31), "USD"),
            Make(2, 2, "8.206 billion yuan", 8.206e9, "Didi fine", Day(2022, 7, 1), Day(2022, 7, 31), "CNY"));

        Assert.That(pair.Status, Is.EqualTo(PairStatus.Conflict));
        Assert.That(pair.Reason, Does.Contain("which at 6.7352 CNY per USD"));
    }

    [Test]
    public void A_rank_differing_by_one_place_conflicts()
    {
        var pair = OnlyPair(
            Make(1, 1, "second", 2, "digital economy rank", Year2022.Start, Year2022.End, "rank"),
            Make(2, 2, "first", 1, "digital economy rank", Year2022.Start, Year2022.End, "rank"));
        Assert.That(pair.Status, Is.EqualTo(PairStatus.Conflict));
    }
}
