namespace ClaimsLedger.Linguistics;

/// <summary>
/// Zhang and Nivre (2011) style features of an arc-hybrid configuration: words and tags of the top three stack items and
/// the first three buffer items, the outermost children of s0, s1 and b0 with their labels, distances, valencies and the
/// label sets already attached, as single values, pairs and triples.
/// </summary>
public static class ParserFeatures
{
    public const int Max = 112;
    private static readonly ulong NoWord = FeatureHash.Of("<none>");
    private static readonly ulong RootWord = FeatureHash.Of("<root>");
    private static readonly ulong NoTag = FeatureHash.Of(-100);
    private static readonly ulong RootTag = FeatureHash.Of(-101);
    private static readonly ulong NoLabel = FeatureHash.Of(-102);

    public static int Extract(ParserState s, ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, Span<uint> f)
    {
        int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2), b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
        ulong s0w = W(s, words, s0), s0t = T(s, tags, s0), s1w = W(s, words, s1), s1t = T(s, tags, s1), s2w = W(s, words, s2), s2t = T(s, tags, s2);
        ulong b0w = W(s, words, b0), b0t = T(s, tags, b0), b1w = W(s, words, b1), b1t = T(s, tags, b1), b2w = W(s, words, b2), b2t = T(s, tags, b2);
        int s0l1 = Child(s.Left1, s0), s0l2 = Child(s.Left2, s0), s0r1 = Child(s.Right1, s0), s0r2 = Child(s.Right2, s0);
        int s1l1 = Child(s.Left1, s1), s1r1 = Child(s.Right1, s1), s1r2 = Child(s.Right2, s1);
        int b0l1 = Child(s.Left1, b0), b0l2 = Child(s.Left2, b0);
        ulong s0l1t = T(s, tags, s0l1), s0l2t = T(s, tags, s0l2), s0r1t = T(s, tags, s0r1), s0r2t = T(s, tags, s0r2);
        ulong s1l1t = T(s, tags, s1l1), s1r1t = T(s, tags, s1r1), s1r2t = T(s, tags, s1r2), b0l1t = T(s, tags, b0l1), b0l2t = T(s, tags, b0l2);
        var s0wt = FeatureHash.Mix(s0w, s0t);
        var s1wt = FeatureHash.Mix(s1w, s1t);
        var b0wt = FeatureHash.Mix(b0w, b0t);
        var b1wt = FeatureHash.Mix(b1w, b1t);
        var d1 = FeatureHash.Of(s0 < 0 || b0 < 0 ? -1 : Bucket(b0 - s0));
        var d2 = FeatureHash.Of(s1 < 0 ? -1 : Bucket(s0 - s1));
        var n = 0;
        f[n++] = FeatureHash.Key(100, 0);
        // single items
        f[n++] = FeatureHash.Key(101, s0w);
        f[n++] = FeatureHash.Key(102, s0t);
        f[n++] = FeatureHash.Key(103, s0wt);
        f[n++] = FeatureHash.Key(104, s1w);
        f[n++] = FeatureHash.Key(105, s1t);
        f[n++] = FeatureHash.Key(106, s1wt);
        f[n++] = FeatureHash.Key(107, s2t);
        f[n++] = FeatureHash.Key(108, s2w);
        f[n++] = FeatureHash.Key(109, b0w);
        f[n++] = FeatureHash.Key(110, b0t);
        f[n++] = FeatureHash.Key(111, b0wt);
        f[n++] = FeatureHash.Key(112, b1w);
        f[n++] = FeatureHash.Key(113, b1t);
        f[n++] = FeatureHash.Key(114, b1wt);
        f[n++] = FeatureHash.Key(115, b2w);
        f[n++] = FeatureHash.Key(116, b2t);
        // children
        f[n++] = FeatureHash.Key(117, W(s, words, s0l1), s0l1t, L(s, s0l1));
        f[n++] = FeatureHash.Key(118, s0l1t, L(s, s0l1));
        f[n++] = FeatureHash.Key(119, s0l2t, L(s, s0l2));
        f[n++] = FeatureHash.Key(120, W(s, words, s0r1), s0r1t, L(s, s0r1));
        f[n++] = FeatureHash.Key(121, s0r1t, L(s, s0r1));
        f[n++] = FeatureHash.Key(122, s0r2t, L(s, s0r2));
        f[n++] = FeatureHash.Key(123, s1l1t, L(s, s1l1));
        f[n++] = FeatureHash.Key(124, W(s, words, s1r1), s1r1t, L(s, s1r1));
        f[n++] = FeatureHash.Key(125, s1r1t, L(s, s1r1));
        f[n++] = FeatureHash.Key(126, s1r2t, L(s, s1r2));
        f[n++] = FeatureHash.Key(127, W(s, words, b0l1), b0l1t, L(s, b0l1));
        f[n++] = FeatureHash.Key(128, b0l1t, L(s, b0l1));
        f[n++] = FeatureHash.Key(129, b0l2t, L(s, b0l2));
        f[n++] = FeatureHash.Key(130, W(s, words, s0l1));
        f[n++] = FeatureHash.Key(131, W(s, words, s0r1));
        f[n++] = FeatureHash.Key(132, W(s, words, b0l1));
        // pairs s0-b0
        f[n++] = FeatureHash.Key(140, s0wt, b0wt);
        f[n++] = FeatureHash.Key(141, s0wt, b0w);
        f[n++] = FeatureHash.Key(142, s0w, b0wt);
        f[n++] = FeatureHash.Key(143, s0wt, b0t);
        f[n++] = FeatureHash.Key(144, s0t, b0wt);
        f[n++] = FeatureHash.Key(145, s0w, b0w);
        f[n++] = FeatureHash.Key(146, s0t, b0t);
        // pairs s1-s0
        f[n++] = FeatureHash.Key(147, s1wt, s0wt);
        f[n++] = FeatureHash.Key(148, s1wt, s0w);
        f[n++] = FeatureHash.Key(149, s1w, s0wt);
        f[n++] = FeatureHash.Key(150, s1wt, s0t);
        f[n++] = FeatureHash.Key(151, s1t, s0wt);
        f[n++] = FeatureHash.Key(152, s1w, s0w);
        f[n++] = FeatureHash.Key(153, s1t, s0t);
        // other pairs
        f[n++] = FeatureHash.Key(154, b0t, b1t);
        f[n++] = FeatureHash.Key(155, b0w, b1w);
        f[n++] = FeatureHash.Key(156, b0wt, b1wt);
        f[n++] = FeatureHash.Key(157, s1t, b0t);
        f[n++] = FeatureHash.Key(158, s1w, b0w);
        f[n++] = FeatureHash.Key(159, s0t, b1t);
        f[n++] = FeatureHash.Key(160, s0w, b1w);
        // triples of tags
        f[n++] = FeatureHash.Key(170, b0t, b1t, b2t);
        f[n++] = FeatureHash.Key(171, s0t, b0t, b1t);
        f[n++] = FeatureHash.Key(172, s1t, s0t, b0t);
        f[n++] = FeatureHash.Key(173, s2t, s1t, s0t);
        f[n++] = FeatureHash.Key(174, s1t, s0t, b1t);
        f[n++] = FeatureHash.Key(175, s0t, s0l1t, b0t);
        f[n++] = FeatureHash.Key(176, s0t, s0r1t, b0t);
        f[n++] = FeatureHash.Key(177, s0t, b0t, b0l1t);
        f[n++] = FeatureHash.Key(178, s1t, s1r1t, s0t);
        f[n++] = FeatureHash.Key(179, s1t, s1l1t, s0t);
        f[n++] = FeatureHash.Key(180, s1t, s0t, s0l1t);
        f[n++] = FeatureHash.Key(181, s1t, s0t, s0r1t);
        f[n++] = FeatureHash.Key(182, s0t, s0l1t, s0l2t);
        f[n++] = FeatureHash.Key(183, s0t, s0r1t, s0r2t);
        f[n++] = FeatureHash.Key(184, s1t, s1r1t, s1r2t);
        f[n++] = FeatureHash.Key(185, b0t, b0l1t, b0l2t);
        f[n++] = FeatureHash.Key(186, s2t, s1t, b0t);
        // words with a pair of tags
        f[n++] = FeatureHash.Key(187, s0w, s1t, b0t);
        f[n++] = FeatureHash.Key(188, b0w, s0t, b1t);
        f[n++] = FeatureHash.Key(189, s1w, s0t, b0t);
        // distance
        f[n++] = FeatureHash.Key(190, s0w, d1);
        f[n++] = FeatureHash.Key(191, s0t, d1);
        f[n++] = FeatureHash.Key(192, b0w, d1);
        f[n++] = FeatureHash.Key(193, b0t, d1);
        f[n++] = FeatureHash.Key(194, FeatureHash.Mix(s0w, b0w), d1);
        f[n++] = FeatureHash.Key(195, s0t, b0t, d1);
        f[n++] = FeatureHash.Key(196, s1w, d2);
        f[n++] = FeatureHash.Key(197, s1t, d2);
        f[n++] = FeatureHash.Key(198, s0w, d2);
        f[n++] = FeatureHash.Key(199, s1t, s0t, d2);
        f[n++] = FeatureHash.Key(200, FeatureHash.Mix(s1w, s0w), d2);
        // valency and label sets
        f[n++] = FeatureHash.Key(201, s0wt, Count(s.RightCount, s0));
        f[n++] = FeatureHash.Key(202, s0t, Count(s.RightCount, s0));
        f[n++] = FeatureHash.Key(203, s0wt, Count(s.LeftCount, s0));
        f[n++] = FeatureHash.Key(204, s0t, Count(s.LeftCount, s0));
        f[n++] = FeatureHash.Key(205, s1wt, Count(s.RightCount, s1));
        f[n++] = FeatureHash.Key(206, s1t, Count(s.RightCount, s1));
        f[n++] = FeatureHash.Key(207, s1t, Count(s.LeftCount, s1));
        f[n++] = FeatureHash.Key(208, b0wt, Count(s.LeftCount, b0));
        f[n++] = FeatureHash.Key(209, b0t, Count(s.LeftCount, b0));
        f[n++] = FeatureHash.Key(210, s0t, Set(s.RightLabels, s0));
        f[n++] = FeatureHash.Key(211, s0t, Set(s.LeftLabels, s0));
        f[n++] = FeatureHash.Key(212, s1t, Set(s.RightLabels, s1));
        f[n++] = FeatureHash.Key(213, s1t, Set(s.LeftLabels, s1));
        f[n++] = FeatureHash.Key(214, b0t, Set(s.LeftLabels, b0));
        f[n++] = FeatureHash.Key(215, s0w, Set(s.RightLabels, s0));
        f[n++] = FeatureHash.Key(216, b0w, Set(s.LeftLabels, b0));
        return n;

    }

    private static ulong W(ParserState s, ReadOnlySpan<WordFeatures> words, int i) =>
        i < 0 ? NoWord : i == s.N ? RootWord : words[i].Lower;

    private static ulong T(ParserState s, ReadOnlySpan<int> tags, int i) =>
        i < 0 ? NoTag : i == s.N ? RootTag : FeatureHash.Of(tags[i]);

    private static ulong L(ParserState s, int i) => i < 0 ? NoLabel : FeatureHash.Of(s.Labels[i]);

    private static int Child(int[] children, int head) => head < 0 ? -1 : children[head];

    private static ulong Count(int[] counts, int i) => FeatureHash.Of(i < 0 ? -1 : Math.Min(counts[i], 6));

    private static ulong Set(ulong[] labels, int i) => i < 0 ? 1 : FeatureHash.Mix(7, labels[i]);

    private static int Bucket(int distance) => distance switch { <= 4 => distance, <= 7 => 5, <= 12 => 6, _ => 7 };
}
