namespace ClaimsLedger.Segmentation;

/// <summary>
/// Conservative test of whether a run of capitalised words is a personal name (2-3 words after leading titles are
/// dropped), as used by <see cref="AttributionReader"/>: organisations, places and acronyms are refused.
/// </summary>
internal static class PersonNameRules
{
    /// <summary>Words dropped from the front of a name run: titles, nationalities, sentence-initial adverbs.</summary>
    private static readonly HashSet<string> LeadingWords = new(StringComparer.Ordinal)
    {
        "President", "Vice", "Premier", "Chairman", "Chairwoman", "Chair", "Minister", "Foreign", "Prime", "General",
        "Secretary", "Secretary-General", "Director", "Director-General", "Deputy", "Spokesperson", "Spokesman",
        "Spokeswoman", "Comrade", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Ambassador", "Governor", "Mayor",
        "Senator", "Representative", "Chief", "Executive", "Commissioner", "Councillor", "Councilor", "Head", "Member",
        "Academician", "Former", "Senior", "Lieutenant", "Colonel", "Captain", "King", "Queen", "Prince", "Princess",
        "Pope", "Sir", "Lady", "Lord", "Justice", "Judge", "Reverend", "Editor", "Editor-in-Chief", "Assistant",
        "Acting", "Permanent", "Leader", "Envoy", "Special", "Party", "State", "Chinese", "American", "British",
        "Meanwhile", "However", "Also", "Today", "Yesterday", "Then", "Later", "Earlier", "Moreover", "Furthermore",
        "On", "In", "At", "After", "When", "While", "But", "And", "The", "This", "That", "As", "So", "Now", "Finally",
        "First", "Second", "Third", "Dear", "Madam", "Engineer", "Officer", "Manager", "Inspector", "Counsellor",
        "Adviser", "Advisor", "Analyst", "Economist", "Researcher", "Scientist", "Expert", "Reporter", "Correspondent",
        "Anchor", "Host", "Founder", "Partner", "Coach", "Consul", "Delegate", "Lawmaker", "Legislator", "Deputy-Director",
    };

    /// <summary>Words that make a capitalised run an organisation, place, publication or date rather than a person.</summary>
    private static readonly HashSet<string> NonPersonWords = new(StringComparer.Ordinal)
    {
        "Committee", "Department", "Ministry", "Administration", "Office", "Bureau", "Council", "Government", "Agency",
        "News", "Service", "Association", "Forum", "University", "Bank", "Company", "Group", "Report", "Commission",
        "Congress", "Court", "Police", "Daily", "Post", "Times", "Network", "Television", "Radio", "Media", "Center",
        "Centre", "Institute", "Academy", "Organization", "Organisation", "Federation", "Union", "Corps", "Station",
        "Province", "Provincial", "Municipal", "City", "County", "Republic", "Kingdom", "States", "Nations", "China",
        "India", "Russia", "America", "Japan", "Korea", "Europe", "European", "Cyberspace", "Internet", "Central",
        "National", "International", "Statistics", "Affairs", "Foundation", "Society", "Club", "Corporation", "Press",
        "Journal", "Herald", "Tribune", "Gazette", "Magazine", "Review", "Xinhua", "Reuters", "Bloomberg", "Hong",
        "Kong", "Macao", "Macau", "Taiwan", "Beijing", "Shanghai", "Guangzhou", "Shenzhen", "New", "York", "Washington",
        "London", "Tokyo", "Moscow", "Paris", "Berlin", "Brussels", "Delhi", "Street", "Road", "Square", "Hall",
        "House", "Palace", "Summit", "Conference", "Plenary", "Session", "Law", "Act", "Plan", "Program", "Programme",
        "Initiative", "Belt", "Year", "Day", "Week", "Month", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "God", "Lord", "Team", "Council", "Board", "Parliament", "Assembly",
        "Senate", "Cabinet", "Army", "Navy", "Force", "Forces", "Inc", "Ltd", "Co", "Corp", "Technologies", "Technology",
        "Systems", "Holdings", "Platform", "Platforms", "Website", "Weibo", "Tencent", "Alibaba", "Google", "Facebook",
        "Twitter", "Apple", "Microsoft", "Amazon", "Huawei", "Others", "Everyone", "Nobody", "Somebody", "People",
        "It", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Authority", "Authorities", "Fund", "Trust",
        "Industries", "Securities", "Exchange", "Airlines", "Motors", "Energy",
    };

    /// <summary>
    /// Leading words that are a person's title or office ("Minister", "Ms"), as opposed to sentence-initial words
    /// ("However", "The") or nationalities: "Minister Lena Marsh" introduces a person, "However Lena Marsh" does not.
    /// </summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Premier", "Chairman", "Chairwoman", "Chair", "Minister", "Secretary", "Secretary-General",
        "Director", "Director-General", "Deputy", "Spokesperson", "Spokesman", "Spokeswoman", "Comrade", "Mr", "Mrs",
        "Ms", "Dr", "Prof", "Professor", "Ambassador", "Governor", "Mayor", "Senator", "Representative", "Commissioner",
        "Councillor", "Councilor", "Academician", "Lieutenant", "Colonel", "Captain", "King", "Queen", "Prince",
        "Princess", "Pope", "Sir", "Lady", "Justice", "Judge", "Reverend", "Editor-in-Chief", "Envoy", "Madam",
        "Inspector", "Counsellor", "Consul", "Lawmaker", "Legislator", "Deputy-Director", "Economist", "Sen", "Rep",
        "Gov", "Amb", "Gen", "General", "Chief", "Executive", "Prime", "Foreign", "Chancellor", "Shadow", "Treasurer",
        "Host", "Moderator", "Chairperson",
    };

    /// <summary>Capitalised words that stand for a person without naming one: never read as a surname.</summary>
    private static readonly HashSet<string> NotSurnames = new(StringComparer.OrdinalIgnoreCase)
    {
        "He", "She", "It", "We", "They", "I", "You", "One", "His", "Her", "Him", "Its", "Our", "Their", "Who", "What",
        "This", "That", "These", "Those", "There", "Here", "Both", "All", "Some", "Many", "Each", "Everybody",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSurnameLookup =
        NotSurnames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingLookup =
        LeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonPersonLookup =
        NonPersonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Is the word a title or sentence-initial word to drop from the front of a name run?</summary>
    public static bool IsLeadingWord(ReadOnlySpan<char> word) =>
        LeadingLookup.Contains(word.TrimEnd('.')) || EndsWithPossessive(word);

    /// <summary>
    /// Does the word look like part of a personal name: capitalised, then lowercase letters (hyphen/apostrophe allowed),
    /// not an acronym, not an organisation/place word.
    /// </summary>
    public static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || NonPersonLookup.Contains(word))
        {
            return false;
        }
        bool hasLower = false;
        for (int k = 1; k < word.Length; k++)
        {
            char c = word[k];
            if (char.IsLower(c))
            {
                hasLower = true;
            }
            else if (!(c is '-' or '\'' or '\u2019' || char.IsUpper(c)))
            {
                return false;
            }
        }
        return hasLower && !EndsWithPossessive(word);
    }

    /// <summary>Is the word (any case, trailing period allowed) a person's title or office: "Minister", "MS.", "Dr."?</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> word) => TitleLookup.Contains(word.TrimEnd('.'));

    /// <summary>
    /// Could the single word be a surname that refers back to a person ("Marsh said")? A name word (any case: labels are
    /// often upper case) that is not a title, a sentence-initial word or a pronoun ("He said" is never "He Wenli").
    /// </summary>
    public static bool CanBeSurname(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 40 || NotSurnameLookup.Contains(word) || IsTitleWord(word))
        {
            return false;
        }
        Span<char> folded = stackalloc char[word.Length];
        folded[0] = char.ToUpperInvariant(word[0]);
        for (int k = 1; k < word.Length; k++)
        {
            folded[k] = char.ToLowerInvariant(word[k]);
        }
        return IsNameWord(folded) && !IsLeadingWord(folded);
    }

    /// <summary>Could the word start a capitalised run (a name word, a title, or a sentence-initial word)?</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool EndsWithPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
}
