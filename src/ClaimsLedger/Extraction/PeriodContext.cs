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

    /// <summary>The line heading the list the current sentence is an item of ("Annual net sales by category:"), with
    /// its dates; kept across the items' paragraphs, dropped at the first line that is neither heading nor item.</summary>
    public (string Text, IReadOnlyList<DateSpan> Dates)? Heading { get; private set; }

    /// <summary>Whether the sentence last observed is a list item ("• iPhone: $205.5 billion").</summary>
    public bool InList { get; private set; }

    /// <summary>Notes each sentence of the document, in order, so that list items know their heading: a line that ends in
    /// a colon heads the items (lines starting with a list marker of data/vocabulary/period-words.json) under it.</summary>
    public void Observe(string sentence, Func<string, IReadOnlyList<DateSpan>> dates)
    {
        var line = sentence.Trim();
        InList = Heading is not null && PeriodWords.Shipped.ListItemMarkers.Any(m => line.StartsWith(m, StringComparison.Ordinal)
            && line.Length > m.Length && char.IsWhiteSpace(line[m.Length]));
        if (!InList)
            Heading = line.EndsWith(':') ? (line, dates(line)) : null;
    }

    /// <summary>What the whole document says about time (kept across paragraphs).</summary>
    public DocumentTime Document { get; set; } = DocumentTime.None;

    public void Reset()
    {
        Range = null;
        Last = null;
        LastYear = null;
    }
}
