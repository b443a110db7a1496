namespace ClaimsLedger.Ingest;

/// <summary>
/// One input format of `claims ingest`: knows its file extensions, recognises its content, and turns the original bytes
/// into the text claims point into. Checks on the file itself (existence, size, links) happen before, in
/// <see cref="SourceFileReader"/>; a format sees only bytes. <see cref="Read"/> may throw on a malformed file: the
/// caller turns that into the one-line error.
/// </summary>
public interface IDocumentFormat
{
    /// <summary>What to call it in an error ("PDF", "Word document").</summary>
    string Name { get; }

    string MediaType { get; }

    /// <summary>Lower-case extensions with the dot (".html").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the first bytes of a file show it is of this format, whatever its name.</summary>
    bool Recognises(ReadOnlySpan<byte> head);

    ConvertedDocument Read(byte[] bytes);
}

/// <summary>What a format made of the original: the text, where in the original each stretch of it came from, and metadata.</summary>
/// <param name="Note">Something the user should know about the reading (an encoding guessed), or null.</param>
public sealed record ConvertedDocument(string Text, IReadOnlyList<Model.TextBlock> Blocks, DocumentMetadata Metadata, string? Note = null);

/// <summary>What an original says about itself besides its text. Every field may be missing.</summary>
/// <param name="Published">Publication date as the metadata writes it (the date written, not converted to another zone).</param>
/// <param name="Publisher">The site or organisation that published it (og:site_name).</param>
public sealed record DocumentMetadata(string? Title = null, DateOnly? Published = null, string? Author = null, string? Url = null,
    string? Publisher = null)
{
    public static DocumentMetadata None { get; } = new();
}

/// <summary>A file that a format cannot read, with the reason a person can act on ("has no text layer (a scanned image?)").</summary>
public sealed class UnreadableDocumentException(string problem) : Exception(problem);
