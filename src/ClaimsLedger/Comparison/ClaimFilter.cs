using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// Which claims a listing shows (`claims export` and `claims conflicts` filters). Every condition given must hold:
/// the unit (as stored: count, percent, CNY ...; any case), the value within [Min, Max] in that unit, the speaker's
/// name containing the words given (any case), the period overlapping [Since, Until] (an undated claim never does),
/// the document by id or file name (any case). Filters only choose rows: corroboration and conflicts are still judged
/// against every claim of the ledger.
/// </summary>
public sealed record ClaimFilter(
    string? Unit = null,
    double? Min = null,
    double? Max = null,
    string? Speaker = null,
    DateOnly? Since = null,
    DateOnly? Until = null,
    string? Document = null)
{
    public bool IsEmpty => this == new ClaimFilter();

    public bool Matches(StoredClaim stored)
    {
        var c = stored.Claim;
        if (Unit is not null && !string.Equals(c.Unit, Unit, StringComparison.OrdinalIgnoreCase))
            return false;
        if (c.Value < Min || c.Value > Max)
            return false;
        if (Speaker is not null && (c.Speaker is null || !c.Speaker.Contains(Speaker, StringComparison.OrdinalIgnoreCase)))
            return false;
        if ((Since is not null || Until is not null) && !Overlaps(c.PeriodStart, c.PeriodEnd))
            return false;
        return Document is null || string.Equals(stored.DocumentFile, Document, StringComparison.OrdinalIgnoreCase)
            || long.TryParse(Document, out var id) && stored.DocumentId == id;
    }

    /// <summary>A pair is shown when either of its claims is.</summary>
    public bool Matches(ComparedPair pair) => Matches(pair.A) || Matches(pair.B);

    private bool Overlaps(DateOnly? start, DateOnly? end)
    {
        if (start is null && end is null)
            return false;
        var first = start ?? end!.Value;
        var last = end ?? start!.Value;
        return (Since is null || last >= Since) && (Until is null || first <= Until);
    }
}
