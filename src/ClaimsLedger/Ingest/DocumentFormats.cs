using System.Globalization;

namespace ClaimsLedger.Ingest;

/// <summary>
/// The formats `claims ingest` reads, and which one a file is: a binary signature we read (PDF, a Word zip) decides
/// first, then the extension, then the content of a text file (an HTML page under another name); everything else is
/// plain text, which refuses binary content with its one-line error.
/// </summary>
public static class DocumentFormats
{
    public static IDocumentFormat PlainText { get; } = new PlainTextFormat();

    public static IReadOnlyList<IDocumentFormat> All { get; } =
        [new PdfFormat(), new DocxFormat(), new HtmlFormat(), new MarkdownFormat(), PlainText];

    /// <summary>How many bytes of a file <see cref="IDocumentFormat.Recognises"/> needs at most.</summary>
    public const int HeadBytes = 1024;

    /// <summary>The format of a file read whole; <paramref name="name"/> gives its extension (may be "").</summary>
    public static IDocumentFormat Choose(string name, ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, HeadBytes)];
        if (Recognised(head) is { } byContent and (PdfFormat or DocxFormat))
            return byContent;
        return ByExtension(name) ?? Recognised(head) ?? PlainText;
    }

    /// <summary>The format whose extension <paramref name="name"/> has, or null.</summary>
    public static IDocumentFormat? ByExtension(string name)
    {
        var extension = Path.GetExtension(name).ToLower(CultureInfo.InvariantCulture);
        return extension.Length == 0 ? null : All.FirstOrDefault(f => f.Extensions.Contains(extension));
    }

    /// <summary>The format the first bytes show, or null (plain text recognises nothing: it is what remains).</summary>
    public static IDocumentFormat? Recognised(ReadOnlySpan<byte> head)
    {
        foreach (var format in All)
        {
            if (format.Recognises(head))
                return format;
        }
        return null;
    }

    /// <summary>Reads the bytes as the format, or gives the one-line problem ("path: ..."). Never throws for a bad file.</summary>
    public static SourceReadResult Read(string path, IDocumentFormat format, byte[] bytes)
    {
        if (format is PlainTextFormat)
            return SourceFileReader.Decode(path, bytes); // its own messages, as before other formats were read
        try
        {
            var converted = format.Read(bytes);
            if (string.IsNullOrWhiteSpace(converted.Text))
                return SourceReadResult.Refused(path, $"{format.Name} with no text to read");
            return SourceReadResult.Read(path, converted.Text, converted.Note) with
            {
                MediaType = format.MediaType,
                Blocks = converted.Blocks,
                Metadata = converted.Metadata,
            };
        }
        catch (UnreadableDocumentException e)
        {
            return SourceReadResult.Refused(path, e.Message);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            return SourceReadResult.Refused(path, $"cannot read as {format.Name} ({FirstLine(e.Message)})");
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd().TrimEnd('.');
}
