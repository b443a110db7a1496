using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Abbreviated scale words glued to a figure, as news copy writes them: "£87.1bn", "€3.2bn", "1.5m homes", "20k",
/// "$3tn". The recognizers read "£87.1" and "1.5 metres"; this widens the figure and scales its value.
/// </summary>
internal static partial class ScaleSuffix
{
    [GeneratedRegex(@"^(?<s>bn|b|mn|m|k|tn|trn)\b(?<plural>\s+[a-z]+s\b)?")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^\s+crores?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LakhCrore();

    public static Figure Apply(string sentence, Figure figure)
    {
        // "Rs 40.37 lakh crore": the recognizers stop at "lakh" (10^5); a crore (10^7) of lakhs is 10^12.
        if (sentence.AsSpan(figure.Start, figure.End - figure.Start).EndsWith("lakh", StringComparison.OrdinalIgnoreCase)
            && LakhCrore().Match(sentence, figure.End, sentence.Length - figure.End) is { Success: true } crore)
        {
            return figure with { End = figure.End + crore.Length, Value = figure.Value * 1e7 };
        }

        if (figure.Kind is not (FigureKind.Count or FigureKind.Money or FigureKind.Measure) || !char.IsDigit(sentence[figure.End - 1]))
        {
            return MetresThatAreMillions(sentence, figure);
        }

        var m = Suffix().Match(sentence, figure.End, sentence.Length - figure.End);
        if (!m.Success || m.Groups["s"].Value is "m" && figure.Kind != FigureKind.Money && !m.Groups["plural"].Success)
        {
            return figure;
        }

        var factor = Factor(m.Groups["s"].Value);
        var kind = figure.Kind == FigureKind.Measure ? FigureKind.Count : figure.Kind;
        var unit = kind == FigureKind.Count ? "count" : figure.Unit;
        return figure with { End = figure.End + m.Groups["s"].Length, Value = figure.Value * factor, Kind = kind, Unit = unit };
    }

    /// <summary>The dimension model reads "1.5m homes" as 1.5 metres; before a plural noun it is 1.5 million.</summary>
    private static Figure MetresThatAreMillions(string sentence, Figure figure)
    {
        var text = sentence[figure.Start..figure.End];
        if (figure.Unit == "m" && text.EndsWith('m') && char.IsDigit(text[^2]) && Suffix().Match(sentence, figure.End - 1, sentence.Length - figure.End + 1) is { Success: true } m
            && m.Groups["plural"].Success)
        {
            return figure with { Value = figure.Value * 1e6, Kind = FigureKind.Count, Unit = "count" };
        }

        return figure;
    }

    private static double Factor(string suffix) => suffix switch
    {
        "bn" or "b" => 1e9,
        "mn" or "m" => 1e6,
        "k" => 1e3,
        _ => 1e12,
    };
}
