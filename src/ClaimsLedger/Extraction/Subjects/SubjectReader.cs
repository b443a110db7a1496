using System.Text.RegularExpressions;
using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Extraction.Subjects;

/// <summary>
/// Whom each figure of a sentence is about, from the words around it, in this order: coordinated subjects paired with
/// coordinated figures ("the UK and US rates were 3.7% and 3.5%"); the party a penalty is imposed on ("a $5 billion fine
/// against Google", <see cref="PenalisedParty"/>); a back reference ("its revenue") to the entity named
/// before it; the nearest entity named before the figure in its clause ("Britain's", "the US unemployment rate", "India
/// had"); a place after it ("users in India"); the one entity the sentence names; the place of the national body the
/// figure is attributed to. A body the figure is attributed to ("..., the Labor Department said", "according to the ONS")
/// is its source, never its subject. The document's own subject fills in later (<see cref="DocumentSubject"/>).
/// </summary>
/// <param name="parser">Tags a capitalised word that opens a sentence, to tell a name ("Tesla reported") from a common noun
/// ("Investment reached"); loaded on first use. Without it such a word owns a figure only by its possessive.</param>
public sealed partial class SubjectReader(Gazetteer gazetteer, SubjectVocabulary words, Lazy<SentenceParser>? parser = null)
{
    public static SubjectReader Empty { get; } = new(Gazetteer.Empty, SubjectVocabulary.Empty);

    private readonly PenalisedParty? penalties = words.Penalties is { } p ? new PenalisedParty(p) : null;

    public Gazetteer Gazetteer => gazetteer;

    public SubjectVocabulary Words => words;

    public SentenceSubjects Read(string sentence, IReadOnlyList<Figure> figures, string? speaker = null)
    {
        var mentions = Mentions(sentence, speaker);
        var sources = mentions.Where(m => m.Entity.Publisher || IsAttributed(sentence, m)).ToList();
        var owners = mentions.Where(m => !sources.Contains(m)).ToList();
        var coordinated = Coordinated(sentence, owners, figures);
        var subjects = new SubjectReading?[figures.Count];
        for (var i = 0; i < figures.Count; i++)
        {
            subjects[i] = coordinated?[i]
                ?? Penalised(sentence, mentions, figures[i])
                ?? BackReference(sentence, mentions, figures[i])
                ?? Before(sentence, owners, figures[i])
                ?? After(sentence, owners, figures, i)
                ?? Only(owners)
                ?? FromSource(sources);
        }
        var source = sources.FirstOrDefault(s => s.Entity.Kind == EntityKind.Organisation);
        return new SentenceSubjects(subjects, source?.Entity.Name);
    }

    /// <summary>The entities the sentence names: the gazetteer's, and proper names that own something ("Tesla's", "Tesla reported").</summary>
    public IReadOnlyList<EntityMention> Mentions(string sentence, string? speaker = null)
    {
        var found = gazetteer.Find(sentence).ToList();
        foreach (Match m in ProperName().Matches(sentence))
        {
            var (start, text) = TrimNotNames(m.Groups["name"]);
            if (AfterTitle(sentence, start)) continue; // "President Biden's direction": a person, who owns no statistic
            if (text.Length < 2 || found.Any(f => f.Start < m.Index + m.Length && start < f.End)) continue;
            if (AfterThe().IsMatch(sentence.AsSpan(0, start))) continue; // "the Commission", "the WICs": a body named generically
            if (speaker is not null && speaker.Contains(text, StringComparison.Ordinal)) continue;
            var possessive = m.Groups["poss"].Success;
            var verb = m.Groups["verb"].Value;
            if (!possessive && !text.Contains(' ') && sentence[..start].Trim(' ', '"', '\u201C').Length == 0 && !IsProperNoun(sentence, start)) continue;
            // An owner ("Tesla reported"), or a one-word name that says something ("Samsung said"); "Jane Doe said" is a person.
            if (!possessive && !words.OwnerVerbs.Contains(verb) && !(words.AttributionVerbs.Contains(verb) && !text.Contains(' '))) continue;
            var entity = gazetteer.Lookup(text) ?? new Entity(text, text, EntityKind.Organisation);
            found.Add(new EntityMention(entity, start, start + text.Length, text, possessive));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>"Investment reached ...": one capitalised word opening a sentence is a name only where the tagger reads
    /// it as a proper noun (UPOS PROPN).</summary>
    private bool IsProperNoun(string sentence, int start) =>
        parser?.Value.Parse(sentence).Tokens.FirstOrDefault(t => t.Start == start) is { Upos: "PROPN" };

    private static bool AfterTitle(string sentence, int start)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word.Length > 0 && Segmentation.PersonNameRules.IsTitleWord(word);
    }

    private (int Start, string Text) TrimNotNames(Group name)
    {
        var parts = name.Value.Split(' ');
        var skip = 0;
        while (skip < parts.Length && words.NotNames.Contains(parts[skip])) skip++;
        var start = name.Index + parts.Take(skip).Sum(p => p.Length + 1);
        return (start, string.Join(' ', parts.Skip(skip)));
    }

    /// <summary>"according to the ONS", "..., the Labor Department said on Friday", "the bureau reported": a source.</summary>
    private bool IsAttributed(string sentence, EntityMention m)
    {
        var before = sentence[..m.Start].TrimEnd().ToLowerInvariant();
        if (before.EndsWith(" the", StringComparison.Ordinal) || before == "the") before = before[..^3].TrimEnd();
        if (words.SourceLeadIns.Any(lead => EndsWithWord(before, lead))) return true;
        var after = sentence[m.End..];
        if (m.Possessive) return false;
        var verb = AttributionVerb().Match(after);
        if (!verb.Success || !words.AttributionVerbs.Contains(verb.Groups["verb"].Value.ToLowerInvariant())) return false;
        var rest = after[(verb.Index + verb.Length)..].TrimStart().ToLowerInvariant();
        return rest.Length == 0 || !char.IsLetterOrDigit(rest[0]) || words.AttributionTails.Any(t => StartsWithWord(rest, t));
    }

    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    /// <summary>"the UK and US rates were 3.7% and 3.5%": as many coordinated subjects as figures after them, paired in order.</summary>
    private static SubjectReading?[]? Coordinated(string sentence, List<EntityMention> owners, IReadOnlyList<Figure> figures)
    {
        for (var i = 0; i + 1 < owners.Count; i++)
        {
            var list = new List<EntityMention> { owners[i] };
            for (var j = i + 1; j < owners.Count && ListSeparator().IsMatch(sentence[list[^1].End..owners[j].Start]); j++)
                list.Add(owners[j]);
            if (list.Count < 2 || list.Select(m => m.Entity).Distinct().Count() < list.Count) continue;
            var after = Enumerable.Range(0, figures.Count).Where(k => figures[k].Start >= list[^1].End).ToList();
            if (after.Count != list.Count || after.Count != figures.Count) continue;
            var paired = new SubjectReading?[figures.Count];
            for (var k = 0; k < after.Count; k++)
                paired[after[k]] = Reading(list[k], "coordinated with its figure");
            return paired;
        }
        return null;
    }

    /// <summary>"a €4.34bn fine against Google": the party a penalty is imposed on, as the gazetteer or the sentence names it.</summary>
    private SubjectReading? Penalised(string sentence, IReadOnlyList<EntityMention> mentions, Figure figure)
    {
        if (penalties?.Read(sentence, figure) is not var (stated, basis)) return null;
        var name = MetricPhrase.WithoutCompanyForm(stated);
        var entity = gazetteer.Lookup(name) ?? mentions.FirstOrDefault(m => m.Text == name)?.Entity;
        return new SubjectReading(entity?.Name ?? name, stated, basis);
    }

    /// <summary>"its revenue rose 8%": the entity named before "its".</summary>
    private SubjectReading? BackReference(string sentence, IReadOnlyList<EntityMention> mentions, Figure figure)
    {
        var clauseStart = ClauseStart(sentence, 0, figure.Start);
        var window = sentence[clauseStart..figure.Start].ToLowerInvariant();
        foreach (var reference in words.BackReferences)
        {
            var at = window.LastIndexOf(reference + " ", StringComparison.Ordinal);
            if (at < 0 || at > 0 && char.IsLetter(window[at - 1])) continue;
            var antecedent = mentions.LastOrDefault(m => m.End <= clauseStart + at && m.Entity.Kind != EntityKind.Subdivision);
            return antecedent is null ? null : Reading(antecedent, $"\"{reference}\" refers to {antecedent.Text}");
        }
        return null;
    }

    /// <summary>The nearest entity named before the figure in its clause.</summary>
    private SubjectReading? Before(string sentence, List<EntityMention> owners, Figure figure)
    {
        for (var i = owners.Count - 1; i >= 0; i--)
        {
            var m = owners[i];
            if (m.End > figure.Start) continue;
            if (ClauseStart(sentence, m.End, figure.Start) > m.End) return null;
            var preposition = PrepositionBefore(sentence, m);
            if (m.Entity.Kind == EntityKind.Subdivision && !m.Possessive && preposition is null) continue;
            return Reading(m, m.Possessive ? $"possessive \"{m.Text}'s\"" : preposition is not null ? $"\"{preposition} {m.Text}\"" : "named before the figure");
        }
        return null;
    }

    /// <summary>"850 million internet users in India": a place after the figure, before the next one, after a preposition of place.</summary>
    private SubjectReading? After(string sentence, List<EntityMention> owners, IReadOnlyList<Figure> figures, int index)
    {
        var figure = figures[index];
        var limit = index + 1 < figures.Count ? figures[index + 1].Start : sentence.Length;
        foreach (var m in owners)
        {
            if (m.Start < figure.End || m.End > limit || !m.Entity.IsPlace) continue;
            if (ClauseStart(sentence, figure.End, m.Start) > figure.End) return null;
            if (PrepositionBefore(sentence, m) is { } preposition) return Reading(m, $"\"{preposition} {m.Text}\"");
        }
        return null;
    }

    private static SubjectReading? Only(List<EntityMention> owners) =>
        owners.Count > 0 && owners.All(m => m.Entity == owners[0].Entity && (m.Entity.Kind != EntityKind.Subdivision || m.Possessive))
            ? Reading(owners[0], "the one entity the sentence names") : null;

    private SubjectReading? FromSource(List<EntityMention> sources) =>
        sources.Select(s => (Mention: s, Place: gazetteer.Place(s.Entity.Country))).FirstOrDefault(s => s.Place is not null) is { Place: { } place } found
            ? new SubjectReading(place.Name, found.Mention.Text, $"published by {found.Mention.Entity.Name}, a body of {place.Name}")
            : null;

    private string? PrepositionBefore(string sentence, EntityMention m)
    {
        var before = PrepositionAtEnd().Match(sentence[..m.Start]);
        return before.Success && words.PlacePrepositions.Contains(before.Groups["p"].Value.ToLowerInvariant()) ? before.Groups["p"].Value : null;
    }

    /// <summary>Where the clause holding position <paramref name="to"/> starts, looking back no further than <paramref name="from"/>.</summary>
    private int ClauseStart(string sentence, int from, int to)
    {
        var start = from;
        var span = sentence[from..to];
        foreach (var clauseBreak in words.ClauseBreaks)
        {
            var at = span.LastIndexOf(clauseBreak, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) start = Math.Max(start, from + at + clauseBreak.Length);
        }
        return start;
    }

    private static SubjectReading Reading(EntityMention m, string basis) => new(m.Entity.Name, m.Text, basis);

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\p{N}&.\-]*(?: \p{Lu}[\p{L}\p{N}&.\-]*){0,4})(?:(?<poss>['\u2019]s\b)| (?<verb>\p{Ll}+)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ProperName();

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterThe();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:has|have|had|also|further)\s+)*(?<verb>\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionVerb();

    [GeneratedRegex(@"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\b(?<p>\p{L}+)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionAtEnd();
}
