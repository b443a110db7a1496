namespace ClaimsLedger.Linguistics;

/// <summary>
/// The weights of one averaged-perceptron classifier after training: for each feature key, the non-zero class weights
/// (a row in compressed sparse form). Keys sit in an open-addressing table, so scoring a feature is one probe and a short
/// contiguous loop; nothing is allocated per feature.
/// </summary>
public sealed class SparseWeights : IScorer
{
    private readonly uint[] slots;
    private readonly int[] slotRow;
    private readonly int[] rowStart;
    private readonly byte[] classes;
    private readonly float[] weights;
    private readonly int mask;

    public int Classes { get; }
    public int Rows => rowStart.Length - 1;
    public int Entries => weights.Length;

    /// <param name="keys">one key per row, distinct and non-zero</param>
    /// <param name="rowStart">Rows + 1 offsets into entry classes/weights</param>
    public SparseWeights(int classCount, uint[] keys, int[] rowStart, byte[] entryClasses, float[] entryWeights)
    {
        Classes = classCount;
        this.rowStart = rowStart;
        classes = entryClasses;
        weights = entryWeights;
        var size = 1;
        while (size < keys.Length * 2 + 2)
            size <<= 1;
        mask = size - 1;
        slots = new uint[size];
        slotRow = new int[size];
        for (var r = 0; r < keys.Length; r++)
        {
            var s = (int)(Spread(keys[r]) & (uint)mask);
            while (slots[s] != 0)
                s = (s + 1) & mask;
            slots[s] = keys[r];
            slotRow[s] = r;
        }
    }

    /// <summary>Adds the rows of the features to the class scores.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (var key in features)
        {
            var s = (int)(Spread(key) & (uint)mask);
            uint found;
            while ((found = slots[s]) != key)
            {
                if (found == 0)
                    goto next;
                s = (s + 1) & mask;
            }
            var row = slotRow[s];
            for (int e = rowStart[row], end = rowStart[row + 1]; e < end; e++)
                scores[classes[e]] += weights[e];
            next: ;
        }
    }

    private static uint Spread(uint key)
    {
        unchecked
        {
            return key * 0x9E3779B1u >> 7 ^ key;
        }
    }

    /// <summary>
    /// Quantised to 16 bits against the largest weight (the reader restores exactly the floats the evaluation saw): rows in
    /// key order, keys as variable-length deltas, then entry counts, classes, and the low and high bytes of the weights
    /// as separate blocks, which compress well.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var max = 0f;
        foreach (var w in weights)
            max = Math.Max(max, Math.Abs(w));
        var scale = max == 0 ? 1f : max / short.MaxValue;
        var keys = new uint[Rows];
        for (var s = 0; s < slots.Length; s++)
        {
            if (slots[s] != 0)
                keys[slotRow[s]] = slots[s];
        }
        var order = Enumerable.Range(0, Rows).OrderBy(r => keys[r]).ToArray();
        writer.Write(Classes);
        writer.Write(Rows);
        writer.Write(Entries);
        writer.Write(scale);
        var previous = 0u;
        foreach (var r in order)
        {
            writer.Write7BitEncodedInt(unchecked((int)(keys[r] - previous)));
            previous = keys[r];
        }
        foreach (var r in order)
            writer.Write((byte)(rowStart[r + 1] - rowStart[r]));
        foreach (var r in order)
            writer.Write(classes.AsSpan(rowStart[r], rowStart[r + 1] - rowStart[r]));
        var quantised = new short[Entries];
        var next = 0;
        foreach (var r in order)
        {
            for (var e = rowStart[r]; e < rowStart[r + 1]; e++)
                quantised[next++] = (short)Math.Round(weights[e] / scale);
        }
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
