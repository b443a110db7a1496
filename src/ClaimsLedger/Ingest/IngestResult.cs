namespace ClaimsLedger.Ingest;

/// <summary>The totals of one ingest run, its failures and warnings ("path: ..." lines). Ingest never throws for a bad file.</summary>
public sealed class IngestResult
{
    private readonly List<string> failures = [];
    private readonly List<string> warnings = [];

    /// <summary>New documents, counting new revisions of known paths.</summary>
    public int Added { get; private set; }

    /// <summary>Of <see cref="Added"/>, those that were new revisions of a path already in the ledger.</summary>
    public int Revised { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Files of a folder that are not documents of a format ingest reads (each reported with its reason).</summary>
    public int Skipped { get; private set; }
    public int Failed => failures.Count;
    public int ClaimsAdded { get; private set; }
    public IReadOnlyList<string> Failures => failures;
    public IReadOnlyList<string> Warnings => warnings;
    public bool Succeeded => Failed == 0;

    internal void Count(IngestFileOutcome outcome)
    {
        switch (outcome.Status)
        {
            case IngestStatus.Added:
                Added++;
                break;
            case IngestStatus.Revised:
                Added++;
                Revised++;
                break;
            case IngestStatus.Unchanged:
                Unchanged++;
                break;
            case IngestStatus.Skipped:
                Skipped++;
                break;
            case IngestStatus.Failed:
                failures.Add(outcome.Message ?? outcome.Path);
                break;
        }
        ClaimsAdded += outcome.ClaimsAdded;
        warnings.AddRange(outcome.Warnings);
    }
}
