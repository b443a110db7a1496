namespace ClaimsLedger.Extraction;

/// <summary>The time a figure refers to (inclusive days) and the words or rule it was read from.</summary>
public sealed record Period(DateOnly? Start, DateOnly? End, string Basis)
{
    public static Period None(string basis) => new(null, null, basis);

    public static Period Year(int year, string basis) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), basis);

    public bool IsKnown => Start is not null || End is not null;
}
