using System.CommandLine;
using System.Globalization;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`--event-date YYYY-MM-DD`, which `claims ingest` and `claims explain` read the same way.</summary>
internal sealed class EventDateOption(string description)
{
    public Option<string?> Option { get; } = new("--event-date") { Description = description };

    /// <summary>False (with a one-line error) when the option is given and is not a date; else the date, or null when absent.</summary>
    public bool TryRead(ParseResult parse, TextWriter error, out DateOnly? date)
    {
        date = null;
        if (parse.GetValue(Option) is not { } text)
            return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error.WriteLine($"--event-date: '{text}' is not a date like 2022-09-06");
            return false;
        }
        date = parsed;
        return true;
    }
}
