using System.Globalization;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// RFC 4180 CSV, columns as in <see cref="ClaimFields.Names"/>, conflicting ids joined with ';' (CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break). Text cells
/// that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe.
/// </summary>
public static class CsvClaimWriter
{
    public static void Write(IEnumerable<CorroboratedClaim> claims, TextWriter output)
    {
        WriteRow(output, ClaimFields.Names);
        foreach (var (stored, corroboration) in claims)
        {
            var c = stored.Claim;
            WriteRow(output,
            [
                Number(stored.Id), Text(stored.DocumentFile), Text(stored.Title), ClaimFields.Date(stored.EventDate),
                Number(c.Start), Number(c.End), Text(c.Text), Number(c.SentenceStart), Number(c.SentenceEnd),
                ClaimFields.Number(c.Value), Text(c.Unit), c.Qualifier.ToName(), ClaimFields.Bound(c.Low), ClaimFields.Bound(c.High),
                Text(c.Series), Text(c.MetricPhrase), ClaimFields.Date(c.PeriodStart), ClaimFields.Date(c.PeriodEnd),
                Text(c.PeriodBasis), Text(c.Speaker), Text(c.Basis), Number(corroboration.IndependentSources),
                ClaimFields.Ids(corroboration.ConflictsWith), Text(c.Metric), Text(c.Subject), Text(c.SubjectText),
                Text(c.SubjectBasis), Text(c.Source),
            ]);
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Free text from documents and extraction: defused if a spreadsheet would read it as a formula.</summary>
    internal static string? Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static void WriteRow(TextWriter output, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                output.Write(',');
            output.Write(Quote(cells[i] ?? ""));
        }
        output.Write("\r\n");
    }

    internal static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
