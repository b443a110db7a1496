using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The Recognizers-Text models, built once per process (building them compiles hundreds of regexes) and shared by every
/// thread and extractor; a command that never extracts never touches <see cref="English"/> and builds none.
/// The models keep no per-call state, so one instance serves every thread.
/// </summary>
/// <remarks>
/// Every regex the models build gets a match timeout of <see cref="RegexMatchBudget"/>: the recognizers' own timeout
/// (their constructors' seconds, applied to the regexes they build with an explicit timeout) and .NET's
/// REGEX_DEFAULT_MATCH_TIMEOUT (for those built without one; effective when set before the process's first regex). A
/// match that runs over throws <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>, which the
/// recognizers let through and <see cref="ClaimExtractor"/> turns into a skipped sentence with a warning. The budget is a
/// backstop against runaway backtracking, set far above any ordinary match (microseconds) so a loaded machine never trips
/// it; inputs known to be slow without any single slow match are stopped earlier by <see cref="SentenceGuard"/>.
/// The recognizers are created with lazy initialization, so they build only the five models asked for here, not every
/// model of their family (ordinals, ranges, temperatures, ages ... that nothing here reads). The five are built here,
/// not on first use, so that an ingest's per-document time budget never pays for them.
/// </remarks>
public sealed class RecognizerModels
{
    public static readonly TimeSpan RegexMatchBudget = TimeSpan.FromSeconds(5);

    public static RecognizerModels English { get; } = new();

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
        Number = numbers.GetNumberModel();
        Percentage = numbers.GetPercentageModel();
        Currency = units.GetCurrencyModel();
        Dimension = units.GetDimensionModel();
        DateTime = dates.GetDateTimeModel();
    }

    public IModel Number { get; }
    public IModel Percentage { get; }
    public IModel Currency { get; }
    public IModel Dimension { get; }
    public DateTimeModel DateTime { get; }
}
