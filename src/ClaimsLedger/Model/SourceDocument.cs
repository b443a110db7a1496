namespace ClaimsLedger.Model;

/// <summary>One ingested text, stored exactly as read (after decoding or conversion), with what its text says about it.</summary>
/// <param name="Path">Where it was read from (as given on the command line; `stdin:` plus the hash of what standard input held).</param>
/// <param name="FileName">File name without folder; the `doc` key of exports.</param>
/// <param name="Text">The full text as stored; every offset in the ledger points into it (UTF-16 code units).</param>
/// <param name="Sha256">Hex SHA-256 of <see cref="Text"/> encoded as UTF-8.</param>
public sealed record SourceDocument(
    string Path,
    string FileName,
    string Text,
    string Sha256,
    string? Title,
    DateOnly? EventDate,
    DateOnly? PublishedDate,
    string? Source)
{
    /// <summary>Media type of the original ("text/plain", "text/html", "application/pdf", ...); null when not known.</summary>
    public string? MediaType { get; init; }

    /// <summary>Hex SHA-256 of the original bytes as read (before decoding or conversion); null when not known.</summary>
    public string? OriginalSha256 { get; init; }

    /// <summary>Who wrote it, as the original's metadata says (an HTML page's author, a Word file's creator).</summary>
    public string? Author { get; init; }

    /// <summary>The original's address: a page's canonical URL, or the one given for the file (`claims ingest --url`, `--metadata`).</summary>
    public string? Url { get; init; }

    /// <summary>Where in the original each stretch of <see cref="Text"/> came from, in text order (empty for plain text).</summary>
    public IReadOnlyList<TextBlock> Blocks { get; init; } = [];
}

/// <summary>
/// The text from <see cref="Start"/> up to the next block's start came from <see cref="Location"/> in the original
/// ("page 4"; "paragraph 3, /html/body/main/article/p[2]").
/// </summary>
public sealed record TextBlock(int Start, string Location)
{
    /// <summary>The location of the block holding <paramref name="offset"/> (blocks sorted by start), or null before the first.</summary>
    public static string? At(IReadOnlyList<TextBlock> blocks, int offset)
    {
        int low = 0, high = blocks.Count - 1;
        string? found = null;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (blocks[mid].Start <= offset)
            {
                found = blocks[mid].Location;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }
}
