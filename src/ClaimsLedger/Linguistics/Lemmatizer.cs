namespace ClaimsLedger.Linguistics;

/// <summary>
/// Lemmas: the treebank's lemma of a (lower-case word, tag) pair where the rules below would get it wrong, else the
/// rules: proper nouns and symbols keep their form, noun plurals and verb inflections are stripped, the rest is lower-cased.
/// </summary>
public sealed class Lemmatizer(Dictionary<(string Word, string Tag), string> exceptions)
{
    public int Count => exceptions.Count;

    public string Lemma(string word, string tag) =>
        exceptions.TryGetValue((word.ToLowerInvariant(), tag), out var lemma) ? lemma : Rule(word, tag);

    public static string Rule(string word, string tag)
    {
        if (tag is "PROPN" or "SYM" or "PUNCT" or "X")
            return word;
        var w = word.ToLowerInvariant();
        return tag switch
        {
            "NOUN" => Noun(w),
            "VERB" or "AUX" => Verb(w),
            _ => w,
        };
    }

    private static string Noun(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
            return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) ||
            w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal))
            return w[..^2];
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && char.IsLetter(w[^2]))
            return w[..^1];
        return w;
    }

    private static string Verb(string w)
    {
        if (w.Length > 4 && (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal)))
            return w[..^3] + "y";
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
            return Undouble(w[..^3]);
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
            return Undouble(w[..^2]);
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) ||
            w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal))
            return w[..^2];
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
            return w[..^1];
        return w;
    }

    /// <summary>"stopp" -> "stop" (but "add", "fall", "press" keep their double letter); "creat" -> "create", "solv" -> "solve".</summary>
    private static string Undouble(string stem)
    {
        if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'o' or 'd' or 'f' or 'z') && !"aeiou".Contains(stem[^1]))
            return stem[..^1];
        string[] silentE = ["at", "iz", "bl", "ut", "uc", "ic", "v", "rg", "dg", "ur"];
        return silentE.Any(e => stem.EndsWith(e, StringComparison.Ordinal)) ? stem + "e" : stem;
    }

    /// <summary>The exceptions learnt from a treebank: the most frequent lemma of each pair, kept where the rule differs.</summary>
    public static Lemmatizer Learn(IEnumerable<TreebankSentence> sentences)
    {
        var counts = new Dictionary<(string, string), Dictionary<string, int>>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var key = (s.Words[i].ToLowerInvariant(), s.Upos[i]);
                if (!counts.TryGetValue(key, out var lemmas))
                    counts[key] = lemmas = [];
                lemmas[s.Lemmas[i]] = lemmas.GetValueOrDefault(s.Lemmas[i]) + 1;
            }
        }
        var exceptions = new Dictionary<(string, string), string>();
        foreach (var (key, lemmas) in counts)
        {
            var best = lemmas.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            var differs = key.Item2 == "PROPN"
                ? !best.Equals(key.Item1, StringComparison.OrdinalIgnoreCase)
                : best != Rule(key.Item1, key.Item2);
            if (differs)
                exceptions[key] = best;
        }
        return new Lemmatizer(exceptions);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(exceptions.Count);
        foreach (var ((word, tag), lemma) in exceptions.OrderBy(p => p.Key.Word, StringComparer.Ordinal).ThenBy(p => p.Key.Tag, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(tag);
            writer.Write(lemma);
        }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var exceptions = new Dictionary<(string, string), string>(count);
        for (var i = 0; i < count; i++)
            exceptions[(reader.ReadString(), reader.ReadString())] = reader.ReadString();
        return new Lemmatizer(exceptions);
    }
}
