using System.Globalization;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Export;

/// <summary>
/// RFC 4180 CSV, columns as in <see cref="ClaimFields.Names"/>, conflicting ids joined with ';': CRLF after every row,
/// a header row, fields quoted when they hold a comma, quote or line break. Text cells a spreadsheet would run as a
/// formula get a leading apostrophe (<see cref="Text"/>); the ledger itself is never changed. For Excel
/// (<see cref="WriteForExcel"/>) the file starts with a UTF-8 byte order mark, without which Excel decodes UTF-8 as the
/// local code page ("中国网" comes out as mojibake).
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
                ClaimFields.Ids(corroboration.ConflictsWith), Text(ValueText.Of(c)), Text(stored.Sentence), Text(c.Source ?? stored.Source),
                Text(stored.Url), ClaimFields.Date(stored.PublishedDate), stored.Check?.Verdict,
                Text(c.QualifiersText), Text(c.Metric), Text(c.Subject), Text(c.SubjectText), Text(c.SubjectBasis), Text(stored.Source),
                Number(corroboration.ConflictCount),
            ]);
        }
    }

    /// <summary>As <see cref="Write"/>, after a UTF-8 byte order mark (U+FEFF, written as EF BB BF by a UTF-8 writer).</summary>
    public static void WriteForExcel(IEnumerable<CorroboratedClaim> claims, TextWriter output)
    {
        output.Write('\uFEFF');
        Write(claims, output);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A text cell, defused when a spreadsheet would read it as a formula: it starts with '=' or '@', with '+' or '-'
    /// not followed by a plain number ("-3.5" and "+2" are numbers to a spreadsheet and stay as they are; "-users" and
    /// "+Li" would be evaluated), or with a tab or carriage return. The apostrophe makes Excel, LibreOffice and Google
    /// Sheets show the cell as text.
    /// </summary>
    internal static string? Text(string? value) => value is { Length: > 0 } && IsFormula(value) ? "'" + value : value;

    private static bool IsFormula(string value) => value[0] switch
    {
        '=' or '@' or '\t' or '\r' => true,
        '+' or '-' => !double.TryParse(value.AsSpan(1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
        _ => false,
    };

    /// <summary>One record and its CRLF (RFC 4180), whatever the platform's line end.</summary>
    internal static void WriteRow(TextWriter output, IReadOnlyList<string?> cells)
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
