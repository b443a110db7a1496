namespace ClaimsLedger.Ingest;

/// <summary>Text files: decoded by <see cref="SourceFileReader.Decode"/> and stored as they are. Recognises nothing: it is what remains.</summary>
internal sealed class PlainTextFormat : IDocumentFormat
{
    public const string TextMediaType = "text/plain";

    public string Name => "text";

    public string MediaType => TextMediaType;

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public bool Recognises(ReadOnlySpan<byte> head) => false;

    public ConvertedDocument Read(byte[] bytes)
    {
        var decoded = SourceFileReader.Decode("", bytes);
        if (!decoded.Succeeded)
            throw new UnreadableDocumentException(decoded.Error!.TrimStart(':', ' '));
        return new ConvertedDocument(decoded.Text!, [], DocumentMetadata.None, decoded.EncodingNote);
    }
}
