using System.Globalization;
using System.Text.RegularExpressions;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli.Commands;

/// <summary>How the commands print a claim for people: its sentence with the figure marked, its value, unit and period.</summary>
internal static partial class ClaimText
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>The sentence on one line with the figure between [[ and ]]: "We built [[1.85 million]] base stations."</summary>
    public static string Marked(StoredClaim stored)
    {
        var c = stored.Claim;
        var sentence = stored.Sentence;
        int start = c.Start - c.SentenceStart, end = c.End - c.SentenceStart;
        if (start < 0 || end > sentence.Length)
            return OneLine(sentence);
        return OneLine(sentence[..start]) + "[[" + OneLine(c.Text) + "]]" + OneLine(sentence[end..]);
    }

    /// <summary>White space runs as one space, other control characters escaped (see <see cref="DisplayText"/>).</summary>
    public static string OneLine(string? text) => DisplayText.OneLine(WhiteSpace().Replace(text ?? "", " "));

    /// <summary>A field printed as it is stored, but on one line and without control characters.</summary>
    public static string Field(string? text) => DisplayText.OneLine(text);

    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "no limit" : double.IsNegativeInfinity(value) ? "no limit" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    public static string Period(Claim c) => (c.PeriodStart, c.PeriodEnd) switch
    {
        (null, null) => "-",
        var (start, end) when start == end => Date(start),
        var (start, end) => $"{Date(start)}..{Date(end)}",
    };

    /// <summary>"1850000 count (exact)".</summary>
    public static string Figure(Claim c) => $"{Number(c.Value)} {Field(c.Unit)} ({c.Qualifier.ToName()})";
}
