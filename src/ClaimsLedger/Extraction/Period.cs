namespace ClaimsLedger.Extraction;

/// <summary>The time a figure refers to (inclusive days) and the words or rule it was read from.</summary>
public sealed record Period(DateOnly? Start, DateOnly? End, string Basis)
{
    public static Period None(string basis) => new(null, null, basis);

    public static Period Year(int year, string basis) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), basis);

    public bool IsKnown => Start is not null || End is not null;

    /// <summary>The same period a year earlier: 52 weeks earlier for a 13- or 52-week period that does not start on the
    /// first of a month (a 52/53-week fiscal calendar's quarter or year), else the same days of the year before.</summary>
    public Period YearEarlier(string basis) =>
        Start is { } s && End is { } e && s.Day != 1 && e.DayNumber - s.DayNumber + 1 is 91 or 364
            ? new Period(s.AddDays(-364), e.AddDays(-364), basis)
            : new Period(Start?.AddYears(-1), End?.AddYears(-1), basis);
}
