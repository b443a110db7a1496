namespace ClaimsLedger.Segmentation;

/// <summary>
/// The people a document names, with where it first names them, so that a later short reference can be read as the
/// person the document already introduced: "Marsh said" or a label "MS. MARSH:" after "Lena Marsh, director of the
/// port, ..." gives "Lena Marsh"; a label "THE MINISTER:" after "MINISTER LENA MARSH:" gives that earlier label.
/// Precise by design: a short reference resolves only when exactly one person introduced before it fits (two people
/// named Marsh, or a pronoun such as "He", give nothing), and a title-only label only when the document gives that
/// title to one person alone, anywhere in it.
/// </summary>
public sealed class PersonDirectory
{
    private readonly List<PersonMention> mentions;

    private PersonDirectory(List<PersonMention> mentions)
    {
        mentions.Sort((a, b) => a.Position.CompareTo(b.Position));
        this.mentions = mentions;
    }

    public static PersonDirectory Empty { get; } = new([]);

    /// <summary>People introduced in prose, in full-name attributions ("Lena Marsh said") and in turn labels (label text by line offset).</summary>
    public static PersonDirectory Build(string text, IEnumerable<(int Position, string Label)> labels)
    {
        var found = new List<PersonMention>();
        PersonMentionFinder.Find(text, found);
        foreach (var attribution in AttributionReader.Find(text))
        {
            var words = attribution.Name.Split(' ');
            found.Add(new PersonMention(attribution.Position, attribution.Name,
                [.. words.Select(w => w.ToLowerInvariant())], [], IsLabel: false));
        }
        foreach (var (position, label) in labels)
        {
            if (ReadLabel(label) is ({ } titles, { } words))
            {
                found.Add(new PersonMention(position, NameOf(label, titles, words), words, titles, IsLabel: true));
            }
        }
        return new PersonDirectory(found);
    }

    /// <summary>The full name of the one person introduced before <paramref name="position"/> whose first or last name word is <paramref name="surname"/>.</summary>
    public string? ResolveSurname(ReadOnlySpan<char> surname, int position)
    {
        if (!PersonNameRules.CanBeSurname(surname))
        {
            return null;
        }
        var word = surname.ToString();
        PersonMention? match = null;
        foreach (var mention in mentions)
        {
            if (mention.Position >= position)
            {
                break;
            }
            if (!mention.IsFullName || !mention.HasEndWord(word))
            {
                continue;
            }
            if (match is null)
            {
                match = mention;
            }
            else if (!match.SamePersonAs(mention))
            {
                return null;
            }
        }
        return match?.Display;
    }

    /// <summary>
    /// The speaker a short turn label stands for, or null to keep the label as written: "Marsh:" or "Ms. Marsh:" gives the
    /// full name introduced earlier; "The Minister:" gives the earlier label of the one person the document calls Minister.
    /// </summary>
    public string? ResolveLabel(string label, int position)
    {
        if (ReadLabel(label) is not ({ } titles, { } words))
        {
            return null;
        }
        if (words.Length == 1)
        {
            return ResolveSurname(words[0], position);
        }
        if (titles.Length > 0 && words.Length >= 2)
        {
            return NameOf(label, titles, words);
        }
        return words.Length == 0 && titles.Length > 0 ? ResolveTitle(titles, position) : null;
    }

    private string? ResolveTitle(string[] titles, int position)
    {
        PersonMention? holder = null;
        PersonMention? earlierLabel = null;
        foreach (var mention in mentions)
        {
            if (mention.NameWords.Length == 0 || !titles.All(mention.Titles.Contains))
            {
                continue;
            }
            if (holder is not null && !holder.SamePersonAs(mention))
            {
                return null;
            }
            holder ??= mention;
            if (mention.IsLabel && mention.Position < position)
            {
                earlierLabel ??= mention;
            }
        }
        return earlierLabel?.Display;
    }

    /// <summary>A label's title words and name words, lower case ("THE PRESIDENT" = [president], []); null when a word is neither.</summary>
    /// <summary>"Spokesperson Mi Feng" and "Chancellor of the Exchequer Rachel Hart" name Mi Feng and Rachel Hart.</summary>
    private static string NameOf(string label, string[] titles, string[] words)
    {
        if (titles.Length == 0 || words.Length < 2)
        {
            return label;
        }
        var parts = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts[^words.Length..]);
    }

    private static (string[] Titles, string[] Words)? ReadLabel(string label)
    {
        return ReadTitleWords(label) ?? ReadOfficeAndName(label);
    }

    /// <summary>"Chancellor of the Exchequer Rachel Hart", "Minister of Finance Ada Kim": an office, then a two-word name.</summary>
    private static (string[] Titles, string[] Words)? ReadOfficeAndName(string label)
    {
        var parts = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4 || !PersonNameRules.IsTitleWord(parts[0])
            || !parts[1..^2].Any(p => p is "of" or "for")
            || !PersonNameRules.CanBeSurname(parts[^2]) || !PersonNameRules.CanBeSurname(parts[^1]))
        {
            return null;
        }
        var titles = parts[..^2].Where(p => PersonNameRules.IsTitleWord(p)).Select(p => p.TrimEnd('.').ToLowerInvariant()).ToArray();
        return (titles, [parts[^2].ToLowerInvariant(), parts[^1].ToLowerInvariant()]);
    }

    private static (string[] Titles, string[] Words)? ReadTitleWords(string label)
    {
        var titles = new List<string>();
        var words = new List<string>();
        foreach (var raw in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.AsSpan().TrimEnd('.');
            if (words.Count == 0 && PersonNameRules.IsTitleWord(word))
            {
                titles.Add(word.ToString().ToLowerInvariant());
            }
            else if (words.Count == 0 && titles.Count == 0 && word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            else if (PersonNameRules.CanBeSurname(word) && words.Count < 3)
            {
                words.Add(word.ToString().ToLowerInvariant());
            }
            else
            {
                return null;
            }
        }
        return (titles.ToArray(), words.ToArray());
    }
}
