namespace ClaimsLedger.Extraction.Subjects;

/// <summary>What a figure can be about.</summary>
public enum EntityKind
{
    Country,
    Subdivision,
    Region,
    Organisation,
}

/// <summary>A place or organisation of the gazetteer: code (ISO 3166 for places), canonical name, kind, and for
/// national bodies the place whose figures they publish.</summary>
/// <param name="Publisher">A body that publishes or regulates (a statistics office, a central bank, a ministry, an
/// international organisation): the source of the figures it states, never their subject.</param>
public sealed record Entity(string Code, string Name, EntityKind Kind, string? Country = null, bool Publisher = false)
{
    public bool IsPlace => Kind is EntityKind.Country or EntityKind.Subdivision or EntityKind.Region;
}

/// <summary>Where a sentence names an entity: [Start, End) in the sentence, the words, and whether they end in "'s".</summary>
public sealed record EntityMention(Entity Entity, int Start, int End, string Text, bool Possessive);
