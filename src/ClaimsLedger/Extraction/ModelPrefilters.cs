using Microsoft.Recognizers.Text.NumberWithUnit.English;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Cheap tests that say when a costly model cannot contribute a figure to a sentence, built from the models' own
/// definition lists (see <see cref="UnitWordPrefilter"/> for why they never reject a sentence the model would match).
/// </summary>
public static class ModelPrefilters
{
    /// <summary>Every currency word and symbol the English currency model knows, before or after the number.</summary>
    public static UnitWordPrefilter Currency { get; } = new(
        CurrencyExtractorConfiguration.CurrencyPrefixList.Values.Concat(CurrencyExtractorConfiguration.CurrencySuffixList.Values));

    /// <summary>
    /// The dimension model's words for the units we keep (<see cref="MeasureUnits"/>); its other dimensions (speed, angle,
    /// ounces ...) are discarded, so a sentence with none of these words gets nothing from the model.
    /// </summary>
    public static UnitWordPrefilter Dimension { get; } = new(
        DimensionExtractorConfiguration.DimensionSuffixList.Where(unit => MeasureUnits.From(unit.Key) is not null).Select(unit => unit.Value));

    /// <summary>What <see cref="Currency"/> must never hide: the texts of every currency model result in the sentence.</summary>
    internal static IEnumerable<string> CurrencyResults(RecognizerModels models, string sentence) =>
        models.Currency.Parse(sentence).Select(r => r.Text);

    /// <summary>What <see cref="Dimension"/> must never hide: the texts of the dimension model's results in units we keep.</summary>
    internal static IEnumerable<string> KeptDimensionResults(RecognizerModels models, string sentence) =>
        models.Dimension.Parse(sentence).Select(RecognizedSpan.From)
            .Where(r => MeasureUnits.From(r.Resolution("unit")) is not null).Select(r => r.Result.Text);
}
