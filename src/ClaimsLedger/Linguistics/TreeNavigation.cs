namespace ClaimsLedger.Linguistics;

/// <summary>
/// Questions the claim readers ask of a parse: what a number counts, the noun phrase around a noun, the clause that
/// governs a word and its subject, the possessor, the "of X" after "share"/"percent", and coordinated words.
/// Every method takes and returns word indices; -1 means "none".
/// </summary>
public static class TreeNavigation
{
    /// <summary>
    /// The noun a number quantifies: the head of its nummod relation ("10,000 followers"), climbing "2 million" chains;
    /// for a money or percent unit, the noun after "of"/"in" ("20 percent of seats", "$5 million in revenue"), or the noun
    /// the unit modifies ("a $2 million reward").
    /// </summary>
    public static int QuantifiedNoun(this ParsedSentence s, int number)
    {
        var q = number;
        while (s[q].Deprel == "compound" && s[q].Head >= 0 && s[s[q].Head].Upos == "NUM")
            q = s[q].Head;
        var unit = s[q].Deprel == "nummod" && s[q].Head >= 0 ? s[q].Head : q;
        if (!IsUnit(s[unit]) && unit != q)
            return unit;
        var of = s.PrepositionalChild(unit, "of", "in");
        if (of >= 0)
            return of;
        if (unit != q && s[unit].Deprel is "compound" or "amod" or "nummod" && s[unit].Head >= 0 && IsNoun(s[s[unit].Head]))
            return s[unit].Head;
        return -1;
    }

    /// <summary>The first and last word of a noun's phrase: the noun with its compound, amod, nmod:poss, flat and nmod dependents (each with its own subtree).</summary>
    public static (int First, int Last) NounPhrase(this ParsedSentence s, int head)
    {
        int first = head, last = head;
        foreach (var child in s.Children(head))
        {
            if (s[child].Deprel is not ("compound" or "amod" or "nmod:poss" or "flat" or "nmod" or "compound:prt"))
                continue;
            var (a, b) = s.Subtree(child);
            first = Math.Min(first, a);
            last = Math.Max(last, b);
        }
        return (first, last);
    }

    /// <summary>The text of <see cref="NounPhrase"/>.</summary>
    public static string NounPhraseText(this ParsedSentence s, int head)
    {
        var (first, last) = s.NounPhrase(head);
        return s.Span(first, last);
    }

    /// <summary>The first and last word of the subtree under a word.</summary>
    public static (int First, int Last) Subtree(this ParsedSentence s, int head)
    {
        int first = head, last = head;
        foreach (var child in s.Children(head))
        {
            var (a, b) = s.Subtree(child);
            first = Math.Min(first, a);
            last = Math.Max(last, b);
        }
        return (first, last);
    }

    /// <summary>The head of the clause a word is in: the nearest ancestor (or the word) that is a verb, has a subject or a copula, or is the root.</summary>
    public static int GoverningVerb(this ParsedSentence s, int word)
    {
        var w = s[word].Head >= 0 ? s[word].Head : word;
        while (s[w].Upos != "VERB" && !s.Children(w).Any(c => IsSubject(s[c].Deprel) || s[c].Deprel == "cop") && s[w].Head >= 0)
            w = s[w].Head;
        return w;
    }

    /// <summary>
    /// The subject (nsubj, nsubj:pass, csubj) of a clause head; a coordinated or open-complement verb without one takes
    /// its head's ("X rose and reached N"); the relative pronoun of a relative clause stands for the noun the clause
    /// modifies ("the company, which employs 3,000 people" -> company).
    /// </summary>
    public static int Subject(this ParsedSentence s, int verb)
    {
        for (var v = verb; v >= 0; v = s[v].Head)
        {
            foreach (var c in s.Children(v))
            {
                if (!IsSubject(s[c].Deprel))
                    continue;
                return s[c].Upos == "PRON" && s[v].Deprel == "acl:relcl" && s[c].Lemma is "which" or "that" or "who" ? s[v].Head : c;
            }
            if (s[v].Deprel is not ("conj" or "xcomp"))
                return -1;
        }
        return -1;
    }

    /// <summary>The nmod:poss dependent of a noun ("Apple's revenue" -> Apple).</summary>
    public static int Possessor(this ParsedSentence s, int noun) => s.ChildWith(noun, "nmod:poss");

    /// <summary>The "of X" (nmod or obl) after a word such as "share" or "percent": X, or -1.</summary>
    public static int OfPhrase(this ParsedSentence s, int head) => s.PrepositionalChild(head, "of");

    /// <summary>The nmod/obl dependent of a word introduced by one of the prepositions.</summary>
    public static int PrepositionalChild(this ParsedSentence s, int head, params string[] prepositions)
    {
        foreach (var c in s.Children(head))
        {
            if (!s[c].Deprel.StartsWith("nmod", StringComparison.Ordinal) && !s[c].Deprel.StartsWith("obl", StringComparison.Ordinal))
                continue;
            if (s[c].Deprel == "nmod:poss")
                continue;
            foreach (var g in s.Children(c))
            {
                if (s[g].Deprel == "case" && prepositions.Contains(s[g].Lemma, StringComparer.OrdinalIgnoreCase))
                    return c;
            }
        }
        return -1;
    }

    /// <summary>The word and the words coordinated with it (conj), left to right ("A and B" -> [A, B] from either).</summary>
    public static IReadOnlyList<int> Conjuncts(this ParsedSentence s, int word)
    {
        var first = word;
        while (s[first].Deprel == "conj" && s[first].Head >= 0)
            first = s[first].Head;
        var all = new List<int> { first };
        all.AddRange(s.Children(first).Where(c => s[c].Deprel == "conj"));
        all.Sort();
        return all;
    }

    /// <summary>The first dependent with the relation, or -1.</summary>
    public static int ChildWith(this ParsedSentence s, int head, string deprel)
    {
        foreach (var c in s.Children(head))
        {
            if (s[c].Deprel == deprel)
                return c;
        }
        return -1;
    }

    private static bool IsSubject(string deprel) => deprel is "nsubj" or "nsubj:pass" or "csubj" or "csubj:pass" or "nsubj:outer";

    private static bool IsNoun(SentenceToken t) => t.Upos is "NOUN" or "PROPN";

    /// <summary>A money or percent unit: a symbol ($, %, US$) or a noun "percent".</summary>
    private static bool IsUnit(SentenceToken t) => t.Upos == "SYM" || t.Lemma is "percent" or "%";
}
