namespace ClaimsLedger.Linguistics;

/// <summary>One sentence of a CoNLL-U treebank: its syntactic words (multi-word token lines and empty nodes skipped) with gold annotation. Heads are 0-based, -1 for the root.</summary>
public sealed record TreebankSentence(string[] Words, string[] Upos, string[] Lemmas, int[] Heads, string[] Deprels)
{
    public int Length => Words.Length;

    /// <summary>Reads a CoNLL-U file; a malformed line fails with its file and line number.</summary>
    public static List<TreebankSentence> ReadFile(string path)
    {
        var sentences = new List<TreebankSentence>();
        var rows = new List<string[]>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                    sentences.Add(Of(rows));
                rows.Clear();
                continue;
            }
            if (line[0] == '#')
                continue;
            var columns = line.Split('\t');
            if (columns.Length != 10)
                throw new InvalidDataException($"{path}:{number}: expected 10 tab-separated columns, found {columns.Length}");
            if (columns[0].Contains('-') || columns[0].Contains('.'))
                continue;
            if (!int.TryParse(columns[6], out _))
                throw new InvalidDataException($"{path}:{number}: head '{columns[6]}' is not a number");
            rows.Add(columns);
        }
        if (rows.Count > 0)
            sentences.Add(Of(rows));
        return sentences;
    }

    private static TreebankSentence Of(List<string[]> rows) => new(
        [.. rows.Select(r => r[1])],
        [.. rows.Select(r => r[3])],
        [.. rows.Select(r => r[2])],
        [.. rows.Select(r => int.Parse(r[6]) - 1)],
        [.. rows.Select(r => r[7])]);
}
