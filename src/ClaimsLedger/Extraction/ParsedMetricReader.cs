using System.Text.RegularExpressions;
using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Extraction;

/// <summary>
/// Reads what a figure measures from the sentence's dependency tree: the noun the figure is attached to ("revenue of
/// $90.1 billion", "the GDP, at 7.8 per cent"), else the subject of the clause it completes ("[CPIH] rose by 8.8%",
/// "[inflation] was 10.1%"), as the growth of that thing when the clause states a change. Used where the surface reader
/// (<see cref="MetricReader"/>) gives a phrase that is not a noun phrase (<see cref="IsFragment"/>).
/// </summary>
internal sealed partial class ParsedMetricReader(MetricCatalog catalog, ChangeWords words)
{
    private const int MaxClimb = 4;

    /// <summary>The metric of the figure, or null when the tree names no noun for it.</summary>
    public (string Metric, string Phrase)? Read(ParsedSentence s, Figure figure, string unitKind)
    {
        var head = FigureHead(s, figure);
        if (head < 0)
            return null;
        var (noun, change) = MeasuredNoun(s, head);
        return noun < 0 || NotMeasured(s[noun]) ? null : Named(s, noun, change && !words.ChangeNouns.Contains(s[noun].Lemma), unitKind);
    }

    /// <summary>The noun's phrase as a metric (its growth when asked), as the catalogue calls it; null when it names nothing.</summary>
    private (string Metric, string Phrase)? Named(ParsedSentence s, int noun, bool growth, string unitKind)
    {
        var phrase = PhraseText(s, noun);
        var normalized = MetricPhrase.Normalize(phrase);
        if (normalized.Length == 0)
            return null;
        var name = growth ? normalized + " growth" : normalized;
        return (catalog.Resolve(name, unitKind) ?? name, phrase);
    }

    /// <summary>
    /// "CPI inflation at 10.1% and food inflation at 14.8%", "with unemployment at 3.7%": a figure right after a noun and
    /// "at" measures that noun, whatever the clause around it says. Null when the figure does not follow "NOUN at".
    /// </summary>
    public (string Metric, string Phrase)? ReadNounAt(ParsedSentence s, Figure figure, string unitKind)
    {
        var first = s.Tokens.FirstOrDefault(t => t.Start >= figure.Start)?.Index ?? -1;
        if (first < 2 || s[first - 1] is not { Upos: "ADP", Lemma: "at" })
            return null;
        var noun = first - 2;
        var named = !NotMeasured(s[noun]) || s.Children(noun).Any(c => s[c].Deprel is "compound" or "amod"); // "the jobless rate at"
        if (s[noun].Upos is not ("NOUN" or "PROPN") || !named || words.ChangeNouns.Contains(s[noun].Lemma))
            return null;
        return Named(s, noun, growth: false, unitKind) is { } reading && !IsFragment(reading.Metric, s) ? reading : null;
    }

    /// <summary>
    /// True when a phrase read from the surface is not a clean noun phrase: empty, too long, holding a figure or a
    /// pronoun, ending in the word it started from ("growth of growth"), only words that never name what is measured
    /// ("level"), or starting or ending in a word the parse tags as an adposition, conjunction or particle ("showing a
    /// growth of", "compared to", "in falling prices", "if sustained"; a determiner only at the end).
    /// </summary>
    public static bool IsFragment(string metric, ParsedSentence? s)
    {
        var parts = metric.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length > 10 || parts[0] == "unspecified" || parts.Any(p => p.All(char.IsDigit)))
            return true;
        if (parts.Length > 1 && Array.IndexOf(parts, parts[^1]) < parts.Length - 1 || parts.All(ChangeWords.Shipped.NotMeasured.Contains))
            return true;
        if (s is null)
            return false;
        var tags = parts.Select(p => TagOf(s, p)).ToList();
        return tags.Contains("PRON") || tags[^1] is "ADP" or "CCONJ" or "SCONJ" or "DET" or "PART"
            || tags[0] is "ADP" or "CCONJ" or "SCONJ" or "AUX" or "PART";
    }

    private static string? TagOf(ParsedSentence s, string word) =>
        s.Tokens.FirstOrDefault(t => string.Equals(t.Text, word, StringComparison.OrdinalIgnoreCase))?.Upos;

    /// <summary>The figure's word whose head lies outside the figure ("cent" of "7.8 per cent", "billion" of "$90.1 billion").</summary>
    private static int FigureHead(ParsedSentence s, Figure figure)
    {
        var inside = s.Tokens.Where(t => t.Start >= figure.Start && t.End <= figure.End).Select(t => t.Index).ToList();
        foreach (var i in inside)
        {
            var h = s[i].Head;
            if (h < 0 || !inside.Contains(h))
                return i;
        }
        return -1;
    }

    /// <summary>The noun the figure measures and whether the figure is its change.</summary>
    private (int Noun, bool Change) MeasuredNoun(ParsedSentence s, int figure)
    {
        var word = figure;
        for (var step = 0; step < MaxClimb; step++)
        {
            var t = s[word];
            var preposition = CaseOf(s, word);
            if (preposition is not null && words.ComparisonWords.Contains(preposition))
                return (-1, false); // "as against 6.1 per cent": what the figure it is compared with measures
            if (t.Head < 0)
                return (SubjectNoun(s, word), false); // "Inflation was 10.1%": the figure heads a copular clause
            var g = s[t.Head];
            if (t.Deprel is "nsubj" or "nsubj:pass" or "conj" or "appos" && g.Upos is not ("NOUN" or "PROPN"))
                return (-1, false);
            if (g.Upos is "NOUN" or "PROPN")
            {
                if (NotMeasured(g))
                {
                    word = g.Index; // "7.8% in the first quarter", "0.5% in December": a time or a unit, not the thing measured
                    continue;
                }
                if (words.ChangeNouns.Contains(g.Lemma))
                {
                    var changed = s.PrepositionalChild(g.Index, "in", "of");
                    if (changed >= 0 && changed != word)
                        return (changed, true); // "growth in exports of 5%"
                    word = g.Index;             // "growth of 7.8%": whose growth, further up
                    if (g.Deprel is "obj" or "nsubj" && s.GoverningVerb(g.Index) is var v && v >= 0)
                        return (SubjectNoun(s, v), true);
                    continue;
                }
                return (g.Index, false);        // "revenue of $90.1 billion", "the GDP, at 7.8 per cent"
            }
            if (g.Upos is "VERB" or "AUX" or "ADJ" or "ADV")
            {
                if (words.ComparisonWords.Contains(g.Lemma))
                    return (-1, false); // "as compared to 13.1 per cent"

                var change = words.ChangeVerbs.Contains(g.Lemma) && (preposition is null || !words.LevelPrepositions.Contains(preposition));
                if (words.StatingVerbs.Contains(g.Lemma) && s.ChildWith(g.Index, "obj") is var obj && obj >= 0 && obj != word)
                    return words.ChangeNouns.Contains(s[obj].Lemma) ? (SubjectNoun(s, g.Index), true) : (obj, false);
                return (SubjectNoun(s, g.Index), change);
            }
            word = g.Index;
        }
        return (-1, false);
    }

    private bool NotMeasured(SentenceToken t) => words.NotMeasured.Contains(t.Lemma) || MonthName().IsMatch(t.Text);

    [GeneratedRegex("^" + PhrasePatterns.Month + @"\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    /// <summary>
    /// The subject of a clause when it is a noun (not "it", "we"); a participle or subordinate clause without one takes
    /// the subject of the clause it depends on ("GDP ... rose, showing a growth of 7.8%"). A present participle the parse
    /// leaves unattached to that clause takes the subject of the nearest clause before it, the one it follows and
    /// describes ("GDP is estimated to attain ..., showing a growth of 7.8%").
    /// </summary>
    private static int SubjectNoun(ParsedSentence s, int clause)
    {
        for (var (c, depth) = (clause, 0); c >= 0 && depth < MaxClimb; (c, depth) = (s[c].Head, depth + 1))
        {
            var subject = Labelled(s, s.Subject(c));
            if (subject >= 0)
                return s[subject].Upos is "NOUN" or "PROPN" ? subject : -1;
            if (IsParticiple(s[c]))
                return SubjectBefore(s, c);
            if (s[c].Deprel is not ("advcl" or "xcomp" or "conj" or "acl" or "advcl:relcl"))
                return -1;
        }
        return -1;
    }

    /// <summary>"The specifics: real GDP ... is estimated": a label before a colon; the noun after it is the subject.</summary>
    private static int Labelled(ParsedSentence s, int subject)
    {
        var appos = subject < 0 ? -1 : s.ChildWith(subject, "appos");
        return appos > subject && s.Children(appos).Any(c => c < appos && s[c].Text == ":") ? appos : subject;
    }

    private static bool IsParticiple(SentenceToken t) =>
        t is { Upos: "VERB", Deprel: not "root" } && t.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static int SubjectBefore(ParsedSentence s, int participle)
    {
        for (var v = participle - 1; v >= 0; v--)
        {
            if (s[v].Upos is "VERB" or "AUX" && s.Subject(v) is var subject && subject >= 0 && subject < participle)
                return s[subject].Upos is "NOUN" or "PROPN" ? subject : -1;
        }
        return -1;
    }

    private static string? CaseOf(ParsedSentence s, int word)
    {
        var c = s.ChildWith(word, "case");
        return c >= 0 ? s[c].Lemma : null;
    }

    /// <summary>The noun with its compound, adjective, name and "of" modifiers (not its determiner, possessor or clauses).</summary>
    private static string PhraseText(ParsedSentence s, int noun)
    {
        var kept = new SortedSet<int>();
        Keep(s, noun, kept);
        return string.Join(' ', kept.Select(i => s[i].Text));
    }

    private static void Keep(ParsedSentence s, int word, SortedSet<int> kept)
    {
        kept.Add(word);
        foreach (var c in s.Children(word))
        {
            var rel = s[c].Deprel;
            if (rel is "compound" or "amod" or "flat" or "compound:prt" && s[c].Upos != "NUM")
            {
                Keep(s, c, kept);
            }
            else if (rel == "nmod" && CaseOf(s, c) == "of" && !HasNumber(s, c))
            {
                kept.Add(s.ChildWith(c, "case")); // "value of primary industry"
                Keep(s, c, kept);
            }
        }
    }

    private static bool HasNumber(ParsedSentence s, int word)
    {
        var (first, last) = s.Subtree(word);
        for (var i = first; i <= last; i++)
        {
            if (s[i].Upos == "NUM")
                return true;
        }
        return false;
    }
}
