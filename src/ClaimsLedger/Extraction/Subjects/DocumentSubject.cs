namespace ClaimsLedger.Extraction.Subjects;

/// <summary>
/// The subject a document's figures are about when their sentence names none: the entity its title names, else the one
/// its first sentences name, else the place of the national body its figures are attributed to, else the place whose
/// national bodies are the only ones it cites anywhere ("according to the latest data from the ONS"), else the entity most
/// of its figure sentences name. Null when none of these exists (figures then keep an unknown subject).
/// </summary>
public static class DocumentSubject
{
    /// <summary>How many of the document's first sentences may name its subject.</summary>
    public const int LeadSentences = 3;

    /// <param name="fromLead">What <see cref="FromLead"/> found for the document (read once, before its figures).</param>
    public static SubjectReading? Of(SubjectReader reader, SubjectReading? fromLead, IReadOnlyList<SentenceSubjects> figureSentences, string text)
    {
        if (fromLead is not null) return fromLead;
        var read = figureSentences.SelectMany(s => s.Subjects).OfType<SubjectReading>().ToList();
        var published = read.FirstOrDefault(s => s.Basis.StartsWith("published by", StringComparison.Ordinal));
        if (published is not null) return published with { Basis = "the document's figures are " + published.Basis };
        if (CitedNation(reader, text) is { } cited) return cited;
        var majority = read.GroupBy(s => s.Name).OrderByDescending(g => g.Count()).FirstOrDefault();
        return majority is not null && majority.Count() * 2 > read.Count
            ? majority.First() with { Basis = $"most of the document's figures are about {majority.Key}" }
            : null;
    }

    /// <summary>The entity the title names, else the one the first sentences name.</summary>
    public static SubjectReading? FromLead(SubjectReader reader, string? title, IReadOnlyList<string> lead)
    {
        if (title is not null && FirstOwner(reader, title) is { } fromTitle)
            return fromTitle with { Basis = $"the document's title names {fromTitle.Text}" };
        foreach (var sentence in lead.Take(LeadSentences))
            if (FirstOwner(reader, sentence) is { } fromLead)
                return fromLead with { Basis = $"the document's first sentences name {fromLead.Text}" };
        return null;
    }

    private static SubjectReading? CitedNation(SubjectReader reader, string text)
    {
        var bodies = reader.Gazetteer.Find(text).Where(m => m.Entity.Publisher && m.Entity.Country is not null).ToList();
        if (bodies.Count == 0 || bodies.Select(m => m.Entity.Country).Distinct().Count() > 1) return null;
        var place = reader.Gazetteer.Place(bodies[0].Entity.Country);
        return place is null ? null
            : new SubjectReading(place.Name, bodies[0].Text, $"the document cites {bodies[0].Entity.Name}, a national body of {place.Name}");
    }

    private static SubjectReading? FirstOwner(SubjectReader reader, string text)
    {
        var mentions = reader.Mentions(text);
        var owner = mentions.FirstOrDefault(m => !m.Entity.Publisher && (m.Entity.Kind != EntityKind.Subdivision || m.Possessive));
        if (owner is not null) return new SubjectReading(owner.Entity.Name, owner.Text, "");
        var publisher = mentions.FirstOrDefault(m => m.Entity.Publisher && m.Entity.Country is not null);
        var place = publisher is null ? null : reader.Gazetteer.Place(publisher.Entity.Country);
        return place is null ? null : new SubjectReading(place.Name, publisher!.Text, "");
    }
}
