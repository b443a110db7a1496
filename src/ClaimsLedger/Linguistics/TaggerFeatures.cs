namespace ClaimsLedger.Linguistics;

/// <summary>The features of the part-of-speech tagger for word i: the word and its neighbours within two, their affixes and shapes, the ambiguity classes of the words ahead, and the two tags before.</summary>
public static class TaggerFeatures
{
    public const int Max = 40;

    /// <param name="words">the sentence's word hashes</param>
    /// <param name="ambiguity">hash of each word's ambiguity class (<see cref="TagDictionary"/>)</param>
    /// <param name="prev">tag of word i-1 (or <see cref="PosTagger.Start"/>)</param>
    /// <param name="prev2">tag of word i-2</param>
    public static int Extract(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<ulong> ambiguity, int i, int prev, int prev2, Span<uint> f)
    {
        ref readonly var w = ref words[i];
        var m1 = At(words, i - 1);
        var m2 = At(words, i - 2);
        var p1 = At(words, i + 1);
        var p2 = At(words, i + 2);
        var a0 = ambiguity[i];
        var a1 = i + 1 < ambiguity.Length ? ambiguity[i + 1] : 0;
        var a2 = i + 2 < ambiguity.Length ? ambiguity[i + 2] : 0;
        var am1 = i > 0 ? ambiguity[i - 1] : 0;
        ulong t1 = FeatureHash.Of(prev), t2 = FeatureHash.Of(prev2);
        var first = FeatureHash.Of(i == 0 ? 1 : 0);
        var n = 0;
        f[n++] = FeatureHash.Key(0, 0);
        f[n++] = FeatureHash.Key(1, w.Form);
        f[n++] = FeatureHash.Key(2, w.Lower);
        f[n++] = FeatureHash.Key(3, w.Suffix1);
        f[n++] = FeatureHash.Key(4, w.Suffix2);
        f[n++] = FeatureHash.Key(5, w.Suffix3);
        f[n++] = FeatureHash.Key(6, w.Suffix4);
        f[n++] = FeatureHash.Key(7, w.Prefix1);
        f[n++] = FeatureHash.Key(8, w.Prefix2);
        f[n++] = FeatureHash.Key(9, w.Prefix3);
        f[n++] = FeatureHash.Key(10, w.Shape);
        f[n++] = FeatureHash.Key(11, w.Flags, first);
        f[n++] = FeatureHash.Key(12, t1);
        f[n++] = FeatureHash.Key(13, t1, t2);
        f[n++] = FeatureHash.Key(14, t1, w.Lower);
        f[n++] = FeatureHash.Key(15, m1.Lower);
        f[n++] = FeatureHash.Key(16, m2.Lower);
        f[n++] = FeatureHash.Key(17, p1.Lower);
        f[n++] = FeatureHash.Key(18, p2.Lower);
        f[n++] = FeatureHash.Key(19, m1.Suffix3);
        f[n++] = FeatureHash.Key(20, p1.Suffix3);
        f[n++] = FeatureHash.Key(21, a1);
        f[n++] = FeatureHash.Key(22, a2);
        f[n++] = FeatureHash.Key(23, a0);
        f[n++] = FeatureHash.Key(24, t1, p1.Lower);
        f[n++] = FeatureHash.Key(25, m1.Lower, w.Lower);
        f[n++] = FeatureHash.Key(26, w.Lower, p1.Lower);
        f[n++] = FeatureHash.Key(27, p1.Shape);
        f[n++] = FeatureHash.Key(28, m1.Shape);
        f[n++] = FeatureHash.Key(29, a0, a1);
        f[n++] = FeatureHash.Key(30, t1, a0);
        f[n++] = FeatureHash.Key(31, t1, a0, a1);
        f[n++] = FeatureHash.Key(32, a1, a2);
        f[n++] = FeatureHash.Key(33, am1, a0);
        f[n++] = FeatureHash.Key(34, w.Shape, a0);
        f[n++] = FeatureHash.Key(35, w.Suffix3, p1.Lower);
        f[n++] = FeatureHash.Key(36, t1, w.Suffix3);
        f[n++] = FeatureHash.Key(37, w.Lower, p1.Lower, p2.Lower);
        f[n++] = FeatureHash.Key(38, m1.Lower, w.Lower, p1.Lower);
        f[n++] = FeatureHash.Key(39, t2, w.Lower);
        return n;
    }

    private static WordFeatures At(ReadOnlySpan<WordFeatures> words, int i) =>
        i >= 0 && i < words.Length ? words[i] : WordFeatures.Edge;
}
