using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Training;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): how many gold arcs each move makes
/// unreachable from the current configuration, whatever came before. Gold heads use N for the root.
/// </summary>
internal static class ArcHybridOracle
{
    public static int ShiftCost(ParserState s, int[] gold)
    {
        var b0 = s.Buffer;
        var cost = 0;
        for (var k = 0; k < s.StackCount; k++)
        {
            var item = s.S(k);
            if (gold[item] == b0)
                cost++;
            if (k > 0 && gold[b0] == item)
                cost++;
        }
        return cost;
    }

    public static int LeftCost(ParserState s, int[] gold)
    {
        int s0 = s.S(0), s1 = s.S(1), b0 = s.Buffer;
        var cost = gold[s0] != b0 && (gold[s0] == s1 && s1 >= 0 || gold[s0] > b0) ? 1 : 0;
        return cost + DependentsInBuffer(s, gold, s0);
    }

    public static int RightCost(ParserState s, int[] gold)
    {
        int s0 = s.S(0), s1 = s.S(1);
        var cost = gold[s0] != s1 && gold[s0] >= s.Buffer ? 1 : 0;
        return cost + DependentsInBuffer(s, gold, s0);
    }

    private static int DependentsInBuffer(ParserState s, int[] gold, int head)
    {
        var count = 0;
        for (var k = s.Buffer; k < s.N; k++)
        {
            if (gold[k] == head)
                count++;
        }
        return count;
    }
}
