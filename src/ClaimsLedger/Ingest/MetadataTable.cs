using System.Globalization;
using System.Text;

namespace ClaimsLedger.Ingest;

/// <summary>What a --metadata row says about one file; every field may be missing.</summary>
public sealed record MetadataRow(string? Title, DateOnly? EventDate, DateOnly? Published, string? Source, string? Url)
{
    public static MetadataRow None { get; } = new(null, null, null, null, null);
}

/// <summary>
/// `--metadata FILE.csv|tsv`: a header naming any of the columns file, title, event_date, published, source, url
/// (file required), then one row per file. A file is named relative to the metadata file's folder (or absolutely).
/// Loading checks everything before a document is read: a row naming a missing file, a date that is not YYYY-MM-DD, an
/// unknown column or a file named twice is a <see cref="FormatException"/> with one line naming the row.
/// </summary>
public sealed class MetadataTable
{
    public static readonly IReadOnlyList<string> Columns = ["file", "title", "event_date", "published", "source", "url"];

    private readonly Dictionary<string, MetadataRow> rows;

    private MetadataTable(string path, Dictionary<string, MetadataRow> rows)
    {
        Path = path;
        this.rows = rows;
    }

    /// <summary>Full path of the metadata file (not itself a document to ingest).</summary>
    public string Path { get; }

    public int Count => rows.Count;

    public MetadataRow? For(string fullPath) => rows.GetValueOrDefault(fullPath);

    public static MetadataTable Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"{path}: cannot read ({e.Message})");
        }
        var separator = full.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
        var records = DelimitedText.Parse(text, separator).ToList();
        if (records.Count == 0)
            throw new FormatException($"{path}: empty (a header naming the columns {string.Join(", ", Columns)} comes first)");
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.FirstOrDefault(h => !Columns.Contains(h)) is { } unknown)
            throw new FormatException($"{path}: unknown column '{unknown}' (columns: {string.Join(", ", Columns)})");
        if (!header.Contains("file"))
            throw new FormatException($"{path}: no 'file' column");

        var folder = System.IO.Path.GetDirectoryName(full)!;
        var rows = new Dictionary<string, MetadataRow>(StringComparer.Ordinal);
        foreach (var (line, fields) in records.Skip(1))
        {
            string? Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;
            var where = $"{path}, line {line}";
            var file = Cell("file") ?? throw new FormatException($"{where}: no file named");
            var filePath = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file));
            if (!File.Exists(filePath))
                throw new FormatException($"{where}: no such file '{file}'");
            if (rows.ContainsKey(filePath))
                throw new FormatException($"{where}: '{file}' has a row already");
            rows[filePath] = new MetadataRow(Cell("title"), Date(Cell("event_date"), "event_date", where), Date(Cell("published"), "published", where),
                Cell("source"), Cell("url"));
        }
        return new MetadataTable(full, rows);
    }

    private static DateOnly? Date(string? value, string column, string where)
    {
        if (value is null)
            return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : throw new FormatException($"{where}: {column} '{value}' is not a date like 2023-03-03");
    }
}
