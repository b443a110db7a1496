using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Segmentation;

namespace ClaimsLedger.Benchmarks;

/// <summary>Reads a file into the <see cref="SourceDocument"/> the ingest pipeline would make of it (no command-line overrides).</summary>
public static class SourceDocuments
{
    public static SourceDocument Read(string path)
    {
        var read = SourceFileReader.Read(path);
        if (!read.Succeeded)
            throw new BenchmarkException(read.Error!);
        return FromText(path, read.Text!);
    }

    public static SourceDocument FromText(string path, string text)
    {
        var header = DocumentHeaderReader.Read(text);
        return new SourceDocument(Path.GetFullPath(path), Path.GetFileName(path), text, ContentHash.Of(text),
            header.Title, header.EventDate, header.PublishedDate, null);
    }
}
