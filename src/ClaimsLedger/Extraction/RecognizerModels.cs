using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The Recognizers-Text models, shared by every thread and extractor of the process. Each model is built on its first
/// use (building one compiles hundreds of regexes), so a run pays only for the models its sentences need: a command that
/// never extracts builds none, and text without money or units never builds the Currency or Dimension model.
/// The models keep no per-call state, so one instance serves every thread; building is thread-safe and happens once.
/// </summary>
/// <remarks>
/// Every regex the models build gets a match timeout of <see cref="RegexMatchBudget"/>: the recognizers' own timeout
/// (their constructors' seconds, applied to the regexes they build with an explicit timeout) and .NET's
/// REGEX_DEFAULT_MATCH_TIMEOUT (for those built without one; effective when set before the process's first regex). A
/// match that runs over throws <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>, which the
/// recognizers let through and <see cref="ClaimExtractor"/> turns into a skipped sentence with a warning. The budget is a
/// backstop against runaway backtracking, set far above any ordinary match (microseconds) so a loaded machine never trips
/// it; inputs known to be slow without any single slow match are stopped earlier by <see cref="SentenceGuard"/>.
/// The recognizers are created with lazy initialization: they build a model when it is asked for, not every model of
/// their family (ordinals, ranges, temperatures, ages ... that nothing here reads).
/// </remarks>
public sealed class RecognizerModels
{
    public static readonly TimeSpan RegexMatchBudget = TimeSpan.FromSeconds(5);

    public static RecognizerModels English { get; } = new();

    private readonly Lazy<IModel> number;
    private readonly Lazy<IModel> percentage;
    private readonly Lazy<IModel> currency;
    private readonly Lazy<IModel> dimension;
    private readonly Lazy<DateTimeModel> dateTime;

    private RecognizerModels()
    {
        if (AppContext.GetData("REGEX_DEFAULT_MATCH_TIMEOUT") is null)
        {
            AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", RegexMatchBudget);
        }

        var seconds = (int)RegexMatchBudget.TotalSeconds;
        var numbers = new NumberRecognizer(Culture.English, NumberOptions.None, lazyInitialization: true, seconds);
        var units = new NumberWithUnitRecognizer(Culture.English, NumberWithUnitOptions.None, lazyInitialization: true, seconds);
        var dates = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: true, seconds);
        number = new(() => numbers.GetNumberModel());
        percentage = new(() => numbers.GetPercentageModel());
        currency = new(() => units.GetCurrencyModel());
        dimension = new(() => units.GetDimensionModel());
        dateTime = new(() => dates.GetDateTimeModel());
    }

    public IModel Number => number.Value;
    public IModel Percentage => percentage.Value;
    public IModel Currency => currency.Value;
    public IModel Dimension => dimension.Value;
    public DateTimeModel DateTime => dateTime.Value;
}
