namespace ClaimsLedger.Linguistics;

/// <summary>
/// The weights of one averaged-perceptron classifier after training: for each feature key, the non-zero class weights
/// (a row in compressed sparse form). Keys sit in an open-addressing table, so scoring a feature is one probe and a short
/// contiguous loop; nothing is allocated per feature.
/// </summary>
public sealed class SparseWeights : IScorer
{
    private readonly Slot[] slots;
    private readonly Entry[] entries;
    private readonly int mask;

    public int Classes { get; }
    public int Rows { get; }
    public int Entries => entries.Length;

    /// <param name="keys">one key per row, distinct and non-zero</param>
    /// <param name="rowStart">Rows + 1 offsets into entry classes/weights</param>
    public SparseWeights(int classCount, uint[] keys, int[] rowStart, byte[] entryClasses, float[] entryWeights)
    {
        Classes = classCount;
        Rows = keys.Length;
        entries = new Entry[entryWeights.Length];
        for (var e = 0; e < entries.Length; e++)
            entries[e] = new Entry(entryClasses[e], entryWeights[e]);
        var size = 1;
        while (size < keys.Length * 2 + 2)
            size <<= 1;
        mask = size - 1;
        slots = new Slot[size];
        for (var r = 0; r < keys.Length; r++)
        {
            var s = (int)(Spread(keys[r]) & (uint)mask);
            while (slots[s].Key != 0)
                s = (s + 1) & mask;
            slots[s] = new Slot(keys[r], rowStart[r], rowStart[r + 1] - rowStart[r]);
        }
    }

    /// <summary>Adds the rows of the features to the class scores.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var table = slots;
        var weights = entries;
        foreach (var key in features)
        {
            var s = (int)(Spread(key) & (uint)mask);
            while (true)
            {
                ref readonly var slot = ref table[s];
                if (slot.Key == key)
                {
                    for (int e = slot.Start, end = slot.Start + slot.Count; e < end; e++)
                        scores[weights[e].Class] += weights[e].Weight;
                    break;
                }
                if (slot.Key == 0)
                    break;
                s = (s + 1) & mask;
            }
        }
    }

    private static uint Spread(uint key)
    {
        unchecked
        {
            return key * 0x9E3779B1u >> 7 ^ key;
        }
    }

    /// <summary>The rows in key order: (key, first entry, entry count).</summary>
    private IEnumerable<Slot> RowsByKey() => slots.Where(s => s.Key != 0).OrderBy(s => s.Key);

    private readonly record struct Slot(uint Key, int Start, int Count);

    private readonly record struct Entry(int Class, float Weight);

    /// <summary>
    /// Quantised to 16 bits against the largest weight (the reader restores exactly the floats the evaluation saw): rows in
    /// key order, keys as variable-length deltas, then entry counts, classes, and the low and high bytes of the weights
    /// as separate blocks, which compress well.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var max = 0f;
        foreach (var e in entries)
            max = Math.Max(max, Math.Abs(e.Weight));
        var scale = max == 0 ? 1f : max / short.MaxValue;
        var rows = RowsByKey().ToArray();
        writer.Write(Classes);
        writer.Write(Rows);
        writer.Write(Entries);
        writer.Write(scale);
        var previous = 0u;
        foreach (var r in rows)
        {
            writer.Write7BitEncodedInt(unchecked((int)(r.Key - previous)));
            previous = r.Key;
        }
        foreach (var r in rows)
            writer.Write((byte)r.Count);
        foreach (var r in rows)
        {
            for (var e = r.Start; e < r.Start + r.Count; e++)
                writer.Write((byte)entries[e].Class);
        }
        var quantised = rows.SelectMany(r => new ArraySegment<Entry>(entries, r.Start, r.Count))
            .Select(e => (short)Math.Round(e.Weight / scale)).ToArray();
        foreach (var q in quantised)
            writer.Write((byte)(q & 0xFF));
        foreach (var q in quantised)
            writer.Write((byte)(q >> 8 & 0xFF));
    }

    public static SparseWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var entries = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var keys = new uint[rows];
        var key = 0u;
        for (var r = 0; r < rows; r++)
        {
            key = unchecked(key + (uint)reader.Read7BitEncodedInt());
            keys[r] = key;
        }
        var counts = reader.ReadBytes(rows);
        var starts = new int[rows + 1];
        for (var r = 0; r < rows; r++)
            starts[r + 1] = starts[r] + counts[r];
        var entryClasses = reader.ReadBytes(entries);
        var low = reader.ReadBytes(entries);
        var high = reader.ReadBytes(entries);
        if (entryClasses.Length != entries || high.Length != entries || starts[rows] != entries)
            throw new EndOfStreamException("the weights end early");
        var entryWeights = new float[entries];
        for (var e = 0; e < entries; e++)
            entryWeights[e] = unchecked((short)(low[e] | high[e] << 8)) * scale;
        return new SparseWeights(classCount, keys, starts, entryClasses, entryWeights);
    }
}
