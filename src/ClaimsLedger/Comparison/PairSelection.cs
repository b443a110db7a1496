namespace ClaimsLedger.Comparison;

/// <summary>
/// The pairs of a report as they are offered in report order (conflicts, compatible, same, republished; see
/// <see cref="ComparisonReport.OrderedPairs"/>), kept as <see cref="PairView"/> says: each written at once into the part
/// of its status (memory, then a temporary file past a few MB), or, under a limit, the first pairs of each status
/// kept until the end, when the limit is shared out in status order. Both report writers copy out through it.
/// </summary>
internal sealed class PairSelection : IDisposable
{
    private readonly PairReportFormat format;
    private readonly PairView view;
    private readonly SpilledText[] parts;
    private readonly List<ComparedPair>[] firstPairs;

    public PairSelection(PairReportFormat format, PairView? view, int memoryCharsPerPart = SpilledText.DefaultMemoryChars)
    {
        this.format = format;
        this.view = view ?? PairView.Everything;
        parts = Enum.GetValues<PairStatus>().Select(_ => new SpilledText(memoryCharsPerPart)).ToArray();
        firstPairs = Enum.GetValues<PairStatus>().Select(_ => new List<ComparedPair>()).ToArray();
    }

    public PairTally Tally { get; } = new();

    /// <summary>Counts the pair when the view holds it and writes or keeps it when the view prints it; true when it holds it.</summary>
    public bool Offer(ComparedPair pair)
    {
        if (!view.Include(pair))
            return false;
        var printed = view.Prints(pair.Status);
        Tally.Add(pair, printed);
        if (!printed)
            return true;
        var status = (int)pair.Status;
        if (view.Limit is not { } limit)
            PairReportWriter.WritePair(parts[status].Writer, pair, format);
        else if (firstPairs[status].Count < limit)
            firstPairs[status].Add(pair);
        return true;
    }

    /// <summary>Head, the pairs in report order (the first <see cref="PairView.Limit"/> of them), then summary and notes.</summary>
    public void WriteTo(TextWriter output, int undated, IReadOnlyList<string> notes)
    {
        PairReportWriter.WriteHeader(output, format);
        var printed = 0;
        if (view.Limit is { } limit)
        {
            foreach (var pair in firstPairs.SelectMany(p => p).Take(limit))
            {
                PairReportWriter.WritePair(output, pair, format);
                printed++;
            }
        }
        else
        {
            foreach (var part in parts)
                part.CopyTo(output);
        }
        var overLimit = view.Limit is null ? 0 : Tally.Counts.Total - Tally.NotPrinted - printed;
        PairReportWriter.WriteFooter(output, format, Tally, undated, notes, overLimit);
    }

    public void Dispose()
    {
        foreach (var part in parts)
            part.Dispose();
    }
}
