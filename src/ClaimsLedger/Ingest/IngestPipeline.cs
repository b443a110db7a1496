using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Read -> header -> <see cref="SourceDocument"/> (command-line overrides win) -> extractor -> ledger, one file at a time,
/// each file stored whole or not at all. Content already in the ledger is not extracted again. Returns what happened
/// instead of throwing: a bad file is a failed line, not an aborted run. Extraction runs on a pool thread with a time
/// budget; an extractor that overruns it is left to finish in the background (its result discarded) and the file fails.
/// </summary>
public sealed class IngestPipeline(LedgerDatabase ledger, IClaimExtractor extractor)
{
    public IngestResult Run(IEnumerable<string> paths, IngestOptions options, Action<IngestFileOutcome>? onFile = null)
    {
        var result = new IngestResult();
        foreach (var path in SourceFileFinder.Expand(paths))
        {
            var outcome = IngestFile(path, options);
            result.Count(outcome);
            onFile?.Invoke(outcome);
        }
        return result;
    }

    public IngestFileOutcome IngestFile(string path, IngestOptions options)
    {
        var read = SourceFileReader.Read(path, options.MaxFileBytes);
        if (!read.Succeeded)
            return Failed(path, read.Error!, []);

        var warnings = new List<string>();
        if (read.EncodingNote is not null)
            warnings.Add(read.EncodingNote);
        var document = CreateDocument(path, read.Text!, options);
        if (document.EventDate is null)
            warnings.Add("no event date found (give one with --event-date)");

        var same = ledger.Documents.FindSame(document.Path, document.Sha256);
        if (same is not null)
            return Outcome(path, IngestStatus.Unchanged, same.DocumentId, 0, [], UnchangedMessage(document.Path, same));

        var timeout = options.ExtractionTimeout ?? IngestOptions.DefaultExtractionTimeout;
        var extraction = Task.Run(() => extractor.Extract(document));
        try
        {
            if (!extraction.Wait(timeout))
                return Failed(path, $"{path}: extraction took longer than {Seconds(timeout)} s; skipped", warnings);
        }
        catch (AggregateException e)
        {
            var cause = e.InnerException ?? e;
            return Failed(path, $"{path}: extraction failed ({cause.GetType().Name}: {FirstLine(cause.Message)})", warnings);
        }
        var extracted = extraction.Result;
        warnings.AddRange(extracted.Warnings);
        extracted = ExtractionValidator.Validate(extracted with { Document = document }, warnings);

        SaveOutcome saved;
        try
        {
            saved = ledger.Documents.Save(extracted);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or LedgerException or InvalidOperationException)
        {
            return Failed(path, $"{path}: could not be stored ({FirstLine(e.Message)})", warnings);
        }
        var status = saved.Status switch
        {
            SaveStatus.Added => IngestStatus.Added,
            SaveStatus.Revised => IngestStatus.Revised,
            _ => IngestStatus.Unchanged,
        };
        var message = saved.Status == SaveStatus.Unchanged ? UnchangedMessage(document.Path, saved) : null;
        return Outcome(path, status, saved.DocumentId, saved.ClaimsAdded, warnings, message);
    }

    private static SourceDocument CreateDocument(string path, string text, IngestOptions options)
    {
        var header = DocumentHeaderReader.Read(text);
        return new SourceDocument(
            Path.GetFullPath(path),
            Path.GetFileName(path),
            text,
            ContentHash.Of(text),
            options.Title ?? header.Title,
            options.EventDate ?? header.EventDate,
            header.PublishedDate,
            options.Source);
    }

    private static string UnchangedMessage(string fullPath, SaveOutcome same) =>
        same.ExistingPath is { } existing && existing != fullPath
            ? $"same content as document {same.DocumentId} ({existing}); nothing written"
            : $"already in the ledger as document {same.DocumentId}; nothing written";

    private static IngestFileOutcome Outcome(string path, IngestStatus status, long? id, int claims, List<string> warnings, string? message) =>
        new(path, status, id, claims, warnings.Select(w => $"{path}: {w}").ToList(), message);

    private static IngestFileOutcome Failed(string path, string message, List<string> warnings) =>
        Outcome(path, IngestStatus.Failed, null, 0, warnings, message);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();
}
