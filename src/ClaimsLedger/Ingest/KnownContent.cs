using System.Collections.Concurrent;
using ClaimsLedger.Ledger;
using Dapper;

namespace ClaimsLedger.Ingest;

/// <summary>
/// The content of the ledger's current documents (path -> SHA-256, and the set of hashes), read once at the start of a
/// run so that preparing a file can skip extracting content the ledger already holds without touching the database.
/// Thread-safe. Only a hint: <see cref="IngestPipeline.Store"/> asks the ledger itself before writing or skipping.
/// </summary>
public sealed class KnownContent
{
    private readonly ConcurrentDictionary<string, string> shaByCurrentPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> currentShas = new(StringComparer.Ordinal);

    /// <summary>Nothing known: every file is extracted.</summary>
    public static KnownContent None => new();

    public static KnownContent Load(LedgerDatabase ledger)
    {
        const string Sql = "SELECT path, sha256 FROM documents WHERE superseded_by IS NULL";
        var known = new KnownContent();
        foreach (var (path, sha256) in ledger.Connection.Query<(string, string)>(Sql))
            known.Record(path, sha256);
        return known;
    }

    /// <summary>
    /// True when the ledger (as read) makes storing this content at this path a no-op: the path's current revision has
    /// this content, or the path is new and some current document has it (the rule of DocumentStore.FindSame).
    /// </summary>
    public bool IsCurrent(string fullPath, string sha256) =>
        shaByCurrentPath.TryGetValue(fullPath, out var atPath) ? atPath == sha256 : currentShas.ContainsKey(sha256);

    /// <summary>A document stored during the run becomes known, so a later copy of it is not extracted again.</summary>
    public void Record(string fullPath, string sha256)
    {
        shaByCurrentPath[fullPath] = sha256;
        currentShas[sha256] = true;
    }
}
