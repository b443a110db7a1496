using ClaimsLedger.Comparison;

namespace ClaimsLedger.Tests.Comparison;

public class CurrencyRatesTests
{
    [Test]
    public void The_shipped_table_covers_every_month_from_2012_to_2022_for_each_currency()
    {
        var rates = TestClaims.ShippedRates.Value;
        foreach (var currency in new[] { "USD", "EUR", "GBP", "JPY", "HKD" })
            Assert.That(rates.Range(currency, "CNY", new DateOnly(2012, 1, 1), new DateOnly(2022, 12, 31)), Is.Not.Null, currency);
    }

    [Test]
    public void A_point_period_uses_the_rate_of_its_month()
    {
        var range = TestClaims.ShippedRates.Value.Range("USD", "CNY", new DateOnly(2022, 7, 1), new DateOnly(2022, 7, 31))!;
        Assert.That(range.Lowest, Is.EqualTo(range.Highest));
        Assert.That(range.Lowest, Is.EqualTo(6.7352).Within(1e-9));
    }

    [Test]
    public void A_year_spans_the_lowest_and_highest_monthly_rate()
    {
        var range = TestClaims.ShippedRates.Value.Range("USD", "CNY", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31))!;
        Assert.That(range.Lowest, Is.EqualTo(6.3414).Within(1e-9));
        Assert.That(range.Highest, Is.EqualTo(7.1989).Within(1e-9));
    }

    [Test]
    public void Converting_the_other_way_inverts_the_rates()
    {
        var rates = TestClaims.ShippedRates.Value;
        var toYuan = rates.Range("USD", "CNY", new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31))!;
        var toDollars = rates.Range("CNY", "USD", new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31))!;
        Assert.That(toDollars.Lowest, Is.EqualTo(1 / toYuan.Highest).Within(1e-12));
    }

    [Test]
    public void A_month_outside_the_table_has_no_rate()
    {
        Assert.That(TestClaims.ShippedRates.Value.Range("USD", "CNY", new DateOnly(1999, 1, 1), new DateOnly(1999, 1, 31)), Is.Null);
    }

    [Test]
    public void A_malformed_row_is_reported_with_its_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rates-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "# comment\nmonth,USD\n2022-01,6.36\n2022-02,abc\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => CurrencyRates.Load(path));
            Assert.That(error!.Message, Does.StartWith($"{path}:4:"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
