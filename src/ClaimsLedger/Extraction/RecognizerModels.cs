using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The Recognizers-Text models, built once (building them compiles hundreds of regexes) and shared.
/// The models keep no per-call state, so one instance serves every thread.
/// </summary>
public sealed class RecognizerModels
{
    public static RecognizerModels English { get; } = new();

    private RecognizerModels()
    {
        Number = new NumberRecognizer(Culture.English).GetNumberModel();
        Percentage = new NumberRecognizer(Culture.English).GetPercentageModel();
        Currency = new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel();
        Dimension = new NumberWithUnitRecognizer(Culture.English).GetDimensionModel();
        DateTime = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
    }

    public IModel Number { get; }
    public IModel Percentage { get; }
    public IModel Currency { get; }
    public IModel Dimension { get; }
    public DateTimeModel DateTime { get; }
}
