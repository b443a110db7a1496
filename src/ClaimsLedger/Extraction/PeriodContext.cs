namespace ClaimsLedger.Extraction;

/// <summary>
/// What earlier sentences of the same paragraph said about time, for sentences that continue them ("Moreover, X rose
/// from A to B" after "From 2017 to 2021, ..."): the last explicit range, and the last explicit period.
/// </summary>
public sealed class PeriodContext
{
    public (int From, int To)? Range { get; set; }

    public Period? Last { get; set; }

    public int? LastYear { get; set; }

    /// <summary>What the whole document says about time (kept across paragraphs).</summary>
    public DocumentTime Document { get; set; } = DocumentTime.None;

    public void Reset()
    {
        Range = null;
        Last = null;
        LastYear = null;
    }
}
