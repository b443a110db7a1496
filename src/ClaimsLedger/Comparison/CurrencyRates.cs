using System.Globalization;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Monthly average exchange rates, yuan per unit of each currency, read from data/currency-rates.csv
/// (lines starting with '#' are comments; a header "month,USD,EUR,..." then one row per month "2022-07,6.7352,...").
/// </summary>
public sealed class CurrencyRates
{
    public const string FileName = "currency-rates.csv";
    public const string Base = "CNY";

    /// <summary>
    /// How far a rate actually used may stray from the monthly average: daily rates move within a month, and the shipped
    /// averages are approximate. Applied on both sides of the lowest and highest monthly rate of a period.
    /// </summary>
    public const double RateSlack = 0.01;

    private readonly Dictionary<(string Currency, int Year, int Month), double> yuanPerUnit;

    public CurrencyRates(IEnumerable<(string Currency, int Year, int Month, double YuanPerUnit)> rates)
    {
        yuanPerUnit = new();
        foreach (var (currency, year, month, rate) in rates)
            yuanPerUnit[(currency.ToUpperInvariant(), year, month)] = rate;
    }

    public IEnumerable<string> Currencies => yuanPerUnit.Keys.Select(k => k.Currency).Append(Base).Distinct();

    /// <summary>Reads <c>currency-rates.csv</c> from a data folder (the CLI's AppContext.BaseDirectory/data).</summary>
    public static CurrencyRates LoadFromDataDirectory(string dataDirectory) => Load(Path.Combine(dataDirectory, FileName));

    public static CurrencyRates Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: currency rates file not found", path);
        var rates = new List<(string, int, int, double)>();
        string[]? currencies = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split(',');
            if (currencies is null)
            {
                if (cells[0].Trim() != "month") throw new InvalidDataException($"{path}:{lineNumber}: expected header 'month,USD,...'");
                currencies = cells.Skip(1).Select(c => c.Trim().ToUpperInvariant()).ToArray();
                continue;
            }
            if (cells.Length != currencies.Length + 1)
                throw new InvalidDataException($"{path}:{lineNumber}: expected {currencies.Length + 1} cells, found {cells.Length}");
            if (!DateOnly.TryParseExact(cells[0].Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
                throw new InvalidDataException($"{path}:{lineNumber}: '{cells[0]}' is not a month (yyyy-MM)");
            for (var i = 0; i < currencies.Length; i++)
            {
                if (!double.TryParse(cells[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
                    throw new InvalidDataException($"{path}:{lineNumber}: '{cells[i + 1]}' is not a positive rate for {currencies[i]}");
                rates.Add((currencies[i], month.Year, month.Month, rate));
            }
        }
        if (currencies is null) throw new InvalidDataException($"{path}: no header line 'month,USD,...'");
        return new CurrencyRates(rates);
    }

    /// <summary>
    /// The lowest and highest monthly average of units of <paramref name="to"/> per unit of <paramref name="from"/> over the
    /// months from <paramref name="start"/> to <paramref name="end"/> (cross rates through the yuan month by month), or
    /// null when a month is missing from the table.
    /// </summary>
    public RateRange? Range(string from, string to, DateOnly start, DateOnly end)
    {
        from = from.ToUpperInvariant();
        to = to.ToUpperInvariant();
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var fromYuan = YuanPer(from, month);
            var toYuan = YuanPer(to, month);
            if (fromYuan is null || toYuan is null) return null;
            var rate = fromYuan.Value / toYuan.Value;
            low = Math.Min(low, rate);
            high = Math.Max(high, rate);
        }
        return double.IsFinite(low) ? new RateRange(from, to, low, high, start, end) : null;
    }

    private double? YuanPer(string currency, DateOnly month) =>
        currency == Base ? 1.0
        : yuanPerUnit.TryGetValue((currency, month.Year, month.Month), out var rate) ? rate
        : null;
}

/// <summary>Units of <see cref="To"/> per unit of <see cref="From"/>: lowest and highest monthly average over a period.</summary>
public sealed record RateRange(string From, string To, double Lowest, double Highest, DateOnly Start, DateOnly End)
{
    /// <summary>A range of <see cref="From"/> values converted to <see cref="To"/> at any rate the period allows, with slack.</summary>
    public ValueRange Convert(ValueRange amount) => new(
        amount.Low * Lowest * (1 - CurrencyRates.RateSlack),
        amount.High * Highest * (1 + CurrencyRates.RateSlack));

    public string Describe()
    {
        var months = Start.Year == End.Year && Start.Month == End.Month
            ? Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : $"{Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)}..{End.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
        var rates = Lowest == Highest ? Rate(Lowest) : $"{Rate(Lowest)}–{Rate(Highest)}";
        var slack = (CurrencyRates.RateSlack * 100).ToString("0.##", CultureInfo.InvariantCulture);
        return $"{rates} {To} per {From} (monthly averages {months}, ±{slack}% slack)";
    }

    private static string Rate(double rate) => rate.ToString(rate < 1 ? "0.######" : "0.####", CultureInfo.InvariantCulture);
}
