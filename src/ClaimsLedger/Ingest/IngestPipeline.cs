using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Read -> header -> <see cref="SourceDocument"/> (command-line overrides win) -> extractor -> ledger, each file stored
/// whole or not at all. <see cref="Prepare"/> does everything but the writing and touches no database, so files are
/// prepared on several threads at once; <see cref="Store"/> writes one prepared file on the ledger's single connection.
/// Content already in the ledger is not extracted again. Returns what happened instead of throwing: a bad file is a
/// failed line, not an aborted run. A document with more numbers than <see cref="IngestOptions.MaxNumbers"/> fails before
/// extraction; extraction runs on a thread of its own with a time budget; an extractor that overruns it is left to finish
/// in the background (its result discarded) and the file fails. The budget is measured on <paramref name="clock"/>
/// (the system's unless a test gives its own).
/// </summary>
public sealed class IngestPipeline(LedgerDatabase ledger, IClaimExtractor extractor, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>The path that stands for standard input (read through <see cref="IngestOptions.StandardInput"/>).</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Ingests every file under <paramref name="paths"/>. With <paramref name="maxDegreeOfParallelism"/> above 1, files
    /// are prepared on that many threads while this thread stores them; files are stored, and reported to
    /// <paramref name="onFile"/>, in input order either way, so the ledger's ids and the report do not depend on timing.
    /// </summary>
    public IngestResult Run(IEnumerable<string> paths, IngestOptions options, Action<IngestFileOutcome>? onFile = null,
        int maxDegreeOfParallelism = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        var known = KnownContent.Load(ledger);
        var result = new IngestResult();
        void StoreAndCount(PreparedFile prepared)
        {
            var outcome = Store(prepared, known);
            result.Count(outcome);
            onFile?.Invoke(outcome);
        }

        // The --metadata file sits beside the documents it describes: it is not one of them.
        var files = SourceFileFinder.Find(paths).Where(f => options.Metadata is null || Path.GetFullPath(f.Path) != options.Metadata.Path);
        if (maxDegreeOfParallelism == 1)
        {
            foreach (var file in files)
                StoreAndCount(Prepare(file, options, known));
        }
        else
        {
            OrderedParallelMap.Run(files, file => Prepare(file, options, known), maxDegreeOfParallelism, StoreAndCount);
        }
        return result;
    }

    private PreparedFile Prepare(SourceFileFinder.Found file, IngestOptions options, KnownContent known) =>
        file.Skipped is { } reason
            ? new PreparedFile(file.Path, null, null, Outcome(file.Path, IngestStatus.Skipped, null, 0, [], reason), [])
            : Prepare(file.Path, options, known);

    public IngestFileOutcome IngestFile(string path, IngestOptions options)
    {
        var known = KnownContent.Load(ledger);
        return Store(Prepare(path, options, known), known);
    }

    /// <summary>
    /// Reads the file, reads its header, hashes it and, unless <paramref name="known"/> says the ledger already holds this
    /// content, extracts and validates its claims. Thread-safe (given a thread-safe extractor); never throws for a bad file.
    /// </summary>
    public PreparedFile Prepare(string path, IngestOptions options, KnownContent known)
    {
        var read = path == StandardInput
            ? options.StandardInput is { } open ? SourceFileReader.ReadStream(open(), options.MaxFileBytes)
                : SourceReadResult.Refused("standard input", "not available here")
            : SourceFileReader.Read(path, options.MaxFileBytes);
        if (!read.Succeeded)
            return new PreparedFile(path, null, null, Failed(path, read.Error!, []), []);

        var warnings = new List<string>();
        if (read.EncodingNote is not null)
            warnings.Add(read.EncodingNote);
        var document = CreateDocument(read, options);
        if (document.EventDate is null)
            warnings.Add("no event date found (give one with --event-date)");
        if (known.IsCurrent(document.Path, document.Sha256))
            return new PreparedFile(path, document, null, null, warnings) { Options = options };
        return Extract(path, document, options, warnings);
    }

    /// <summary>
    /// Writes a prepared file in one transaction (or reports it unchanged or failed). A file skipped as known is checked
    /// against the ledger itself, and extracted here after all if the ledger no longer holds its content.
    /// </summary>
    public IngestFileOutcome Store(PreparedFile prepared, KnownContent? known = null)
    {
        if (prepared.Failure is { } failure)
            return failure;
        var path = prepared.Path;
        var document = prepared.Document!;
        if (prepared.SkippedAsKnown)
        {
            var same = ledger.Documents.FindSame(document.Path, document.Sha256);
            if (same is not null)
                return Outcome(path, IngestStatus.Unchanged, same.DocumentId, 0, [], UnchangedMessage(document.Path, same));
            prepared = Extract(path, document, prepared.Options, prepared.Warnings);
            if (prepared.Failure is { } lateFailure)
                return lateFailure;
        }

        var warnings = prepared.Warnings;
        SaveOutcome saved;
        try
        {
            saved = ledger.Documents.Save(prepared.Extracted!);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or LedgerException or InvalidOperationException)
        {
            return Failed(path, $"{path}: could not be stored ({FirstLine(e.Message)})", warnings);
        }
        if (saved.Status != SaveStatus.Unchanged)
            known?.Record(document.Path, document.Sha256);
        var status = saved.Status switch
        {
            SaveStatus.Added => IngestStatus.Added,
            SaveStatus.Revised => IngestStatus.Revised,
            _ => IngestStatus.Unchanged,
        };
        var message = saved.Status == SaveStatus.Unchanged ? UnchangedMessage(document.Path, saved) : null;
        return Outcome(path, status, saved.DocumentId, saved.ClaimsAdded, warnings, message);
    }

    /// <summary>
    /// Reads a stored document's own text again with the current extractor and catalogues, under the same time and size
    /// budgets as an ingest, and replaces its sentences and claims (<see cref="DocumentStore.Replace"/>). The document keeps
    /// its id, revision, title, dates and source; where its sentences came from in the original is kept by their starts.
    /// </summary>
    public ReextractOutcome Reextract(long documentId)
    {
        var stored = ledger.Documents.Get(documentId) ?? throw new ArgumentException($"document {documentId}: not in the ledger", nameof(documentId));
        var blocks = ledger.Documents.GetSentences(documentId).Where(s => s.Location is not null)
            .Select(s => new TextBlock(s.Start, s.Location!)).DistinctBy(b => b.Start).ToList();
        var document = new SourceDocument(stored.Path, stored.FileName, stored.Text, stored.Sha256, stored.Title, stored.EventDate,
            stored.PublishedDate, stored.Source)
        {
            MediaType = stored.MediaType,
            OriginalSha256 = stored.OriginalSha256,
            Author = stored.Author,
            Url = stored.Url,
            Blocks = blocks,
        };
        var prepared = Extract(stored.Path, document, new IngestOptions(), []);
        if (prepared.Failure is { } failure)
            return new ReextractOutcome(stored, null, failure.Message);
        try
        {
            return new ReextractOutcome(stored, ledger.Documents.Replace(documentId, prepared.Extracted!), null);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or LedgerException or InvalidOperationException)
        {
            return new ReextractOutcome(stored, null, $"{stored.Path}: could not be stored ({FirstLine(e.Message)})");
        }
    }

    private PreparedFile Extract(string path, SourceDocument document, IngestOptions options, List<string> warnings)
    {
        if (ExtractionBudget.CountNumbers(document.Text, options.MaxNumbers) > options.MaxNumbers)
            return Refused($"{path}: more than {options.MaxNumbers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} numbers (--max-numbers); skipped");
        var timeout = options.ExtractionTimeout ?? IngestOptions.DefaultExtractionTimeout;
        using var budget = new CancellationTokenSource(timeout, clock);
        // A thread of its own (not the pool): the time budget counts extraction, not waiting for a busy pool to start it.
        var extraction = Task.Factory.StartNew(() => extractor.Extract(document), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            extraction.Wait(budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return Refused($"{path}: extraction took longer than {Seconds(timeout)} s; skipped");
        }
        catch (AggregateException e)
        {
            var cause = e.InnerException ?? e;
            return Refused($"{path}: extraction failed ({cause.GetType().Name}: {FirstLine(cause.Message)})");
        }
        var extracted = extraction.Result;
        warnings.AddRange(extracted.Warnings);
        extracted = ExtractionValidator.Validate(extracted with { Document = document }, warnings);
        return new PreparedFile(path, document, extracted, null, warnings);

        PreparedFile Refused(string message) => new(path, document, null, Failed(path, message, warnings), warnings);
    }

    /// <summary>
    /// The document of a file read: what the command line says wins, then the file's row of --metadata, then what the
    /// original's metadata says (a page's title), then what the text's head says; a page's publication date is its
    /// event date when the text itself names none.
    /// </summary>
    private static SourceDocument CreateDocument(SourceReadResult read, IngestOptions options)
    {
        var text = read.Text!;
        var header = DocumentHeaderReader.Read(text);
        var isStandardInput = read.Path.StartsWith(SourceFileReader.StandardInputPrefix, StringComparison.Ordinal);
        var fullPath = isStandardInput ? read.Path : Path.GetFullPath(read.Path);
        var row = options.Metadata?.For(fullPath) ?? MetadataRow.None;
        var meta = read.Metadata;
        var published = row.Published ?? meta.Published ?? header.PublishedDate;
        return new SourceDocument(
            fullPath,
            isStandardInput ? read.Path : Path.GetFileName(read.Path),
            text,
            ContentHash.Of(text),
            options.Title ?? row.Title ?? meta.Title ?? header.Title,
            options.EventDate ?? row.EventDate ?? header.EventDate ?? published,
            published,
            options.Source ?? row.Source ?? meta.Publisher)
        {
            MediaType = read.MediaType,
            OriginalSha256 = read.OriginalSha256,
            Author = meta.Author,
            Url = options.Url ?? row.Url ?? meta.Url,
            Blocks = read.Blocks,
        };
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
