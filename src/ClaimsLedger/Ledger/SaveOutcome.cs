namespace ClaimsLedger.Ledger;

public enum SaveStatus
{
    /// <summary>A path not seen before: revision 1.</summary>
    Added,

    /// <summary>Changed content at a known path: a new revision; the previous one is now superseded.</summary>
    Revised,

    /// <summary>The same content is already in the ledger: nothing was written.</summary>
    Unchanged,
}

/// <summary>What <see cref="DocumentStore.Save"/> did. <see cref="SupersededId"/> is set for a revision,
/// <see cref="DocumentId"/> is the existing document for <see cref="SaveStatus.Unchanged"/>.</summary>
public sealed record SaveOutcome(SaveStatus Status, long DocumentId, int Revision, int ClaimsAdded, long? SupersededId, string? ExistingPath);
