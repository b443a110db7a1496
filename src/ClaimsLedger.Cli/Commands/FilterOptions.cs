using System.CommandLine;
using System.Globalization;
using ClaimsLedger.Comparison;

namespace ClaimsLedger.Cli.Commands;

/// <summary>The claim filters `claims export` and `claims conflicts` share (see <see cref="ClaimFilter"/>).</summary>
internal sealed class FilterOptions
{
    private readonly Option<string?> unit = new("--unit") { Description = "Only claims in this unit (count, percent, CNY, ...)" };
    private readonly Option<double?> min = new("--min") { Description = "Only values at least this (in the claim's unit)" };
    private readonly Option<double?> max = new("--max") { Description = "Only values at most this (in the claim's unit)" };
    private readonly Option<string?> speaker = new("--speaker") { Description = "Only claims whose speaker's name contains this (any case)" };
    private readonly Option<string?> since = new("--since") { Description = "Only periods ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)" };
    private readonly Option<string?> until = new("--until") { Description = "Only periods starting on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)" };
    private readonly Option<string?> document = new("--doc") { Description = "Only claims of this document (id or file name)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { unit, min, max, speaker, since, until, document })
            command.Options.Add(option);
    }

    /// <summary>The filter the options give, or null (with a one-line error) when a date cannot be read.</summary>
    public ClaimFilter? Read(ParseResult parse, TextWriter error)
    {
        if (!TryDate(parse.GetValue(since), first: true, out var from) || !TryDate(parse.GetValue(until), first: false, out var to))
        {
            error.WriteLine("--since, --until: a date like 2022, 2022-06 or 2022-06-30");
            return null;
        }
        return new ClaimFilter(parse.GetValue(unit), parse.GetValue(min), parse.GetValue(max), parse.GetValue(speaker), from, to,
            parse.GetValue(document));
    }

    /// <summary>"2022" is 2022-01-01 as a start and 2022-12-31 as an end; "2022-06" the first or last day of June.</summary>
    private static bool TryDate(string? text, bool first, out DateOnly? date)
    {
        date = null;
        if (text is null)
            return true;
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM", "yyyy" };
        for (var i = 0; i < formats.Length; i++)
        {
            if (!DateOnly.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                continue;
            date = first || i == 0 ? parsed : i == 1 ? parsed.AddMonths(1).AddDays(-1) : parsed.AddYears(1).AddDays(-1);
            return true;
        }
        return false;
    }
}
