using System.Globalization;
using ClaimsLedger.Model;

namespace ClaimsLedger.Ledger;

/// <summary>
/// Stored fields read back with the check that they are what the schema says (a REAL value is a number, a date is
/// YYYY-MM-DD, a qualifier is one of the names): a row edited or damaged outside the program becomes a
/// <see cref="LedgerException"/> naming the row and the field, never a FormatException from deep inside a reader.
/// <see cref="LedgerVerifier"/> runs the same checks over every row.
/// </summary>
internal static class StoredValues
{
    public static double Real(object? stored, string row, string column) => stored switch
    {
        double d when !double.IsNaN(d) => d,
        float f when !float.IsNaN(f) => f,
        long l => l,
        int i => i,
        decimal m => (double)m,
        _ => throw Unreadable(row, column, stored, "a number"),
    };

    /// <summary>A bound: NULL is no bound (<paramref name="none"/>).</summary>
    public static double Bound(object? stored, double none, string row, string column) =>
        stored is null or DBNull ? none : Real(stored, row, column);

    /// <summary>A UTF-16 offset into a document: a non-negative integer that fits an int.</summary>
    public static int Offset(object? stored, string row, string column) => stored switch
    {
        long l and >= 0 and <= int.MaxValue => (int)l,
        int i and >= 0 => i,
        _ => throw Unreadable(row, column, stored, "an offset into its document"),
    };

    public static DateOnly? Date(string? stored, string row, string column)
    {
        if (stored is null)
            return null;
        return DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : throw Unreadable(row, column, stored, "a date (YYYY-MM-DD)");
    }

    public static Qualifier Qualifier(string? stored, string row)
    {
        try
        {
            return QualifierNames.Parse(stored ?? "");
        }
        catch (FormatException)
        {
            throw Unreadable(row, "qualifier", stored, "a qualifier name");
        }
    }

    public static LedgerException Unreadable(string row, string column, object? stored, string expected) =>
        new($"{row}: stored {column} {Shown(stored)} is not {expected} (the ledger was changed outside claims)");

    private static string Shown(object? stored) => stored switch
    {
        null or DBNull => "NULL",
        string s => $"'{DisplayText.OneLine(s.Length > 40 ? s[..40] + "..." : s)}'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "?",
    };
}
