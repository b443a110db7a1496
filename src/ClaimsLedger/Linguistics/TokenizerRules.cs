namespace ClaimsLedger.Linguistics;

/// <summary>
/// What the tokenizer learns from the treebank: words that keep their final period (Mr., Inc.), the prefixes a hyphen
/// stays attached to (e-mail, co-workers), and the words the treebank splits without an apostrophe (cannot, gonna),
/// as the lengths of their parts.
/// </summary>
public sealed record TokenizerRules(HashSet<string> Abbreviations, HashSet<string> HyphenPrefixes, Dictionary<string, int[]> Splits)
{
    public void Write(BinaryWriter writer)
    {
        WriteSet(writer, Abbreviations);
        WriteSet(writer, HyphenPrefixes);
        writer.Write(Splits.Count);
        foreach (var (word, parts) in Splits.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)parts.Length);
            foreach (var p in parts)
                writer.Write((byte)p);
        }
    }

    public static TokenizerRules Read(BinaryReader reader)
    {
        var abbreviations = ReadSet(reader);
        var prefixes = ReadSet(reader);
        var count = reader.ReadInt32();
        var splits = new Dictionary<string, int[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            var parts = new int[reader.ReadByte()];
            for (var p = 0; p < parts.Length; p++)
                parts[p] = reader.ReadByte();
            splits[word] = parts;
        }
        return new TokenizerRules(abbreviations, prefixes, splits);
    }

    private static void WriteSet(BinaryWriter writer, HashSet<string> set)
    {
        writer.Write(set.Count);
        foreach (var s in set.Order(StringComparer.Ordinal))
            writer.Write(s);
    }

    private static HashSet<string> ReadSet(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var set = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            set.Add(reader.ReadString());
        return set;
    }

    /// <summary>The rules of a CoNLL-U training file: its words ending in '.', hyphenated words kept whole, and multi-word tokens.</summary>
    public static TokenizerRules Learn(string conlluPath, IEnumerable<TreebankSentence> sentences)
    {
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(s => s.Words))
        {
            if (word.Length > 1 && word[^1] == '.' && word.Any(char.IsLetter))
                abbreviations.Add(word.ToLowerInvariant());
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && hyphen < word.Length - 1 && word[..hyphen].All(char.IsLetter) && char.IsLetter(word[hyphen + 1]))
                prefixes.Add(word[..hyphen].ToLowerInvariant());
        }
        return new TokenizerRules(abbreviations, prefixes, MultiWordTokens(conlluPath));
    }

    private static Dictionary<string, int[]> MultiWordTokens(string path)
    {
        var splits = new Dictionary<string, int[]>(StringComparer.Ordinal);
        string? surface = null;
        var parts = new List<string>();
        var remaining = 0;
        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split('\t');
            if (columns.Length != 10)
                continue;
            var dash = columns[0].IndexOf('-');
            if (dash > 0)
            {
                surface = columns[1];
                remaining = int.Parse(columns[0][(dash + 1)..]) - int.Parse(columns[0][..dash]) + 1;
                parts.Clear();
                continue;
            }
            if (surface is null || columns[0].Contains('.'))
                continue;
            parts.Add(columns[1]);
            if (--remaining > 0)
                continue;
            if (string.Concat(parts).Equals(surface, StringComparison.OrdinalIgnoreCase) && !surface.Contains('\'') && !surface.Contains('’'))
                splits.TryAdd(surface.ToLowerInvariant(), [.. parts.Select(p => p.Length)]);
            surface = null;
        }
        return splits;
    }
}
