using System.Text.RegularExpressions;
using Microsoft.Recognizers.Definitions.English;
using Microsoft.Recognizers.Text.NumberWithUnit.English;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Cheap tests that say when a costly model cannot contribute a figure to a sentence, built from the models' own
/// definition lists (see <see cref="UnitWordPrefilter"/> for why they never reject a sentence the model would match).
/// </summary>
public static class ModelPrefilters
{
    /// <summary>
    /// A figure needs a number: digits, or words of the number model's own vocabulary (its cardinal and ordinal maps:
    /// "a million", "a dozen", "one in five", "a third", "second"), or one of our own figure words ("twice", "tripled",
    /// "tenfold", "halved"). Every figure source of <see cref="FigureRecognizer"/> (the money, percentage, measure and
    /// number models, multiples, halvings, ranks, data sizes) needs one of these, so a sentence without any cannot hold
    /// a figure. "a" and "an" are left out: the model reads them only before a round number ("a million"), which is
    /// itself in the list.
    /// </summary>
    public static Regex FigureWord { get; } = new(
        @"\d|\b(?:" + string.Join('|', NumbersDefinitions.CardinalNumberMap.Keys.Concat(NumbersDefinitions.OrdinalNumberMap.Keys)
            .Concat(NumberWords.MultipleWords).Append("halved").Where(w => w is not ("a" or "an")).Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape))
        + @")\b|fold\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Every currency word and symbol the English currency model knows, before or after the number.</summary>
    public static UnitWordPrefilter Currency { get; } = new(
        CurrencyExtractorConfiguration.CurrencyPrefixList.Values.Concat(CurrencyExtractorConfiguration.CurrencySuffixList.Values));

    /// <summary>
    /// The dimension model's words for the units we keep (<see cref="MeasureUnits"/>); its other dimensions (speed, angle,
    /// ounces ...) are discarded, so a sentence with none of these words gets nothing from the model.
    /// </summary>
    public static UnitWordPrefilter Dimension { get; } = new(
        DimensionExtractorConfiguration.DimensionSuffixList.Where(unit => MeasureUnits.From(unit.Key) is not null).Select(unit => unit.Value));

    /// <summary>
    /// Can the percentage model find anything in this <see cref="UnitWordPrefilter.ModelText"/>? With
    /// <c>NumberOptions.None</c> it reads "N%", "N percent / per cent / percentage" and "percent of N", so every result
    /// holds '%' or "cent"; its patterns for "one in five" and "a third of" run only in percentage mode.
    /// </summary>
    public static bool PercentageMayMatch(string modelText) =>
        modelText.Contains('%') || modelText.Contains("cent", StringComparison.Ordinal);

    /// <summary>What <see cref="PercentageMayMatch"/> must never hide: the texts of the percentage model's results.</summary>
    internal static IEnumerable<string> PercentageResults(RecognizerModels models, string sentence) =>
        models.Percentage.Parse(sentence).Select(r => r.Text);

    /// <summary>What <see cref="Currency"/> must never hide: the texts of every currency model result in the sentence.</summary>
    internal static IEnumerable<string> CurrencyResults(RecognizerModels models, string sentence) =>
        models.Currency.Parse(sentence).Select(r => r.Text);

    /// <summary>What <see cref="Dimension"/> must never hide: the texts of the dimension model's results in units we keep.</summary>
    internal static IEnumerable<string> KeptDimensionResults(RecognizerModels models, string sentence) =>
        models.Dimension.Parse(sentence).Select(RecognizedSpan.From)
            .Where(r => MeasureUnits.From(r.Resolution("unit")) is not null).Select(r => r.Result.Text);
}
