using System.Globalization;
using System.Text;
using ClaimsLedger.Ledger;

namespace ClaimsLedger.Comparison;

/// <summary>
/// The pairs a `claims conflicts --store` run holds, kept as they are compared (a line each: in memory, then in a
/// temporary file, see <see cref="SpilledText"/>) and read back as claim_pairs rows once the comparison is done, so that
/// the ledger is written only after its snapshot was read and the write lock is held only for the rows' insertion.
/// </summary>
public sealed class PairsToStore : IDisposable
{
    private readonly SpilledText lines;

    public PairsToStore() : this(SpilledText.DefaultMemoryChars) { }

    /// <param name="memoryChars">How much is kept in memory before the lines move to a temporary file.</param>
    internal PairsToStore(int memoryChars) => lines = new SpilledText(memoryChars);

    public long Count { get; private set; }

    public void Add(ComparedPair pair)
    {
        var writer = lines.Writer;
        writer.Write(pair.A.Id.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(pair.B.Id.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(pair.Status.ToName());
        writer.Write('\t');
        writer.Write(Escape(pair.Reason));
        writer.Write('\n');
        Count++;
    }

    /// <summary>The pairs in the order they were added; each enumeration reads them again from the start.</summary>
    public IEnumerable<StoredPair> Rows()
    {
        using var reader = lines.OpenReader();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t', 4);
            yield return new StoredPair(long.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture),
                fields[2], Unescape(fields[3]));
        }
    }

    public void Dispose() => lines.Dispose();

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny("\\\t\n\r") < 0 ? text
            : text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string text)
    {
        if (!text.Contains('\\'))
            return text;
        var unescaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                unescaped.Append(text[i]);
                continue;
            }
            unescaped.Append(text[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
        }
        return unescaped.ToString();
    }
}
