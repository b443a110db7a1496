namespace ClaimsLedger.Linguistics;

/// <summary>The parser's classes: 0 is SHIFT, 1..L are LEFT with label l-1, L+1..2L are RIGHT with label l-L-1.</summary>
public readonly record struct Transitions(int LabelCount, int RootLabel)
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;

    public int Count => 1 + 2 * LabelCount;

    public int MoveOf(int transition) => transition == 0 ? Shift : transition <= LabelCount ? Left : Right;

    public int LabelOf(int transition) => transition == 0 ? -1 : (transition - 1) % LabelCount;

    public int Of(int move, int label) => move == Shift ? 0 : move == Left ? 1 + label : 1 + LabelCount + label;

    public bool IsLegal(ParserState s, int transition) => MoveOf(transition) switch
    {
        Shift => s.CanShift,
        Left => s.CanLeft && (LabelOf(transition) == RootLabel) == s.LeftIsRoot,
        _ => s.CanRight && LabelOf(transition) != RootLabel,
    };

    public void Apply(ParserState s, int transition)
    {
        switch (MoveOf(transition))
        {
            case Shift:
                s.Shift();
                break;
            case Left:
                s.Left(LabelOf(transition));
                break;
            default:
                s.Right(LabelOf(transition));
                break;
        }
    }

    /// <summary>The legal transition with the highest score.</summary>
    public int BestLegal(ParserState s, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var t = 0; t < scores.Length; t++)
        {
            if ((best < 0 || scores[t] > scores[best]) && IsLegal(s, t))
                best = t;
        }
        return best;
    }
}
