using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Training;

/// <summary>
/// A multi-class perceptron whose rows hold only the classes a feature was ever updated for (most features touch a
/// few of the parser's hundred classes, so rows stay small and cache-friendly), with weight averaging by the
/// running-sum trick (Daumé 2006): average = w - u / c, where each update at step c adds c * delta to u.
/// </summary>
internal sealed class AveragedPerceptron(int classes) : IScorer
{
    private readonly Dictionary<uint, Row> rows = [];

    /// <summary>The number of training instances seen so far, plus one.</summary>
    public int Step { get; private set; } = 1;

    public int Rows => rows.Count;

    public void Tick() => Step++;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (var key in features)
        {
            if (!rows.TryGetValue(key, out var row))
                continue;
            for (var e = 0; e < row.Count; e++)
                scores[row.Classes[e]] += row.Weights[e];
        }
    }

    /// <summary>Moves the features' weights towards the true class and away from the guessed one.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        if (truth == guess)
            return;
        foreach (var key in features)
        {
            if (!rows.TryGetValue(key, out var row))
                rows[key] = row = new Row();
            row.Add(truth, 1, Step);
            row.Add(guess, -1, Step);
        }
    }

    /// <summary>The averaged weights with every |weight| below the threshold dropped.</summary>
    public SparseWeights Finish(float threshold)
    {
        var keys = new List<uint>();
        var starts = new List<int> { 0 };
        var entryClasses = new List<byte>();
        var entryWeights = new List<float>();
        foreach (var (key, row) in rows)
        {
            var before = entryClasses.Count;
            foreach (var e in Enumerable.Range(0, row.Count).OrderBy(e => row.Classes[e]))
            {
                var average = row.Weights[e] - row.Sums[e] / Step;
                if (Math.Abs(average) < threshold)
                    continue;
                entryClasses.Add(row.Classes[e]);
                entryWeights.Add(average);
            }
            if (entryClasses.Count == before)
                continue;
            keys.Add(key);
            starts.Add(entryClasses.Count);
        }
        return new SparseWeights(classes, [.. keys], [.. starts], [.. entryClasses], [.. entryWeights]);
    }

    private sealed class Row
    {
        public byte[] Classes = new byte[2];
        public float[] Weights = new float[2];
        public float[] Sums = new float[2];
        public int Count;

        public void Add(int cls, float delta, int step)
        {
            var e = Array.IndexOf(Classes, (byte)cls, 0, Count);
            if (e < 0)
            {
                if (Count == Classes.Length)
                {
                    Array.Resize(ref Classes, Count * 2);
                    Array.Resize(ref Weights, Count * 2);
                    Array.Resize(ref Sums, Count * 2);
                }
                e = Count++;
                Classes[e] = (byte)cls;
            }
            Weights[e] += delta;
            Sums[e] += delta * step;
        }
    }
}
