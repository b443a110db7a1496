namespace ClaimsLedger.Linguistics;

/// <summary>
/// A configuration of the arc-hybrid transition system: a stack, a buffer (words b.. then the root at index N) and the
/// arcs so far. SHIFT pushes b0; LEFT(l) makes b0 the head of s0 and pops it; RIGHT(l) makes s1 the head of s0 and pops
/// it. The root label attaches only to the root, and only when s0 is the last word left, so every tree has one root.
/// </summary>
public sealed class ParserState
{
    public int N { get; private set; }
    public int Buffer { get; private set; }
    public int StackCount { get; private set; }
    public int[] Heads = [];
    public int[] Labels = [];
    public int[] Left1 = [], Left2 = [], Right1 = [], Right2 = [];
    public int[] LeftCount = [], RightCount = [];
    public ulong[] LeftLabels = [], RightLabels = [];
    private int[] stack = [];

    public void Reset(int words)
    {
        N = words;
        if (Heads.Length < words + 1)
        {
            var size = Math.Max(words + 1, Heads.Length * 2);
            Heads = new int[size];
            Labels = new int[size];
            Left1 = new int[size];
            Left2 = new int[size];
            Right1 = new int[size];
            Right2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftLabels = new ulong[size];
            RightLabels = new ulong[size];
            stack = new int[size];
        }
        for (var i = 0; i <= words; i++)
        {
            Heads[i] = Labels[i] = Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
        Buffer = 0;
        StackCount = 0;
    }

    public bool Terminal => Buffer == N && StackCount == 0;

    /// <summary>The k-th item from the top of the stack, or -1.</summary>
    public int S(int k) => k < StackCount ? stack[StackCount - 1 - k] : -1;

    /// <summary>The k-th item of the buffer (N is the root), or -1.</summary>
    public int B(int k) => Buffer + k <= N ? Buffer + k : -1;

    public bool StackContains(int word)
    {
        for (var i = 0; i < StackCount; i++)
        {
            if (stack[i] == word)
                return true;
        }
        return false;
    }

    public bool CanShift => Buffer < N;
    public bool CanLeft => StackCount > 0 && (Buffer < N || StackCount == 1);
    public bool CanRight => StackCount > 1;
    public bool LeftIsRoot => Buffer == N;

    public void Shift() => stack[StackCount++] = Buffer++;

    public void Left(int label) => Attach(Buffer, stack[--StackCount], label);

    public void Right(int label)
    {
        var dependent = stack[--StackCount];
        Attach(stack[StackCount - 1], dependent, label);
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            if (Left1[head] < 0 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] < 0 || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
        }
        else
        {
            if (dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
        }
    }
}
