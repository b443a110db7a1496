using System.Diagnostics.CodeAnalysis;

namespace ClaimsLedger.Segmentation;

/// <summary>
/// Recognises speaker-turn labels: a line that is only a short name followed by a colon ("Li Wei:",
/// "China News Service:"), the same label at the start of a line followed by text ("Wang Wenbin: Thank you."),
/// and "Question from X." / "Question from X:" at the start of a paragraph.
/// </summary>
public static class SpeakerLabelReader
{
    public const int MaxLabelChars = 60;
    public const int MaxLabelWords = 6;

    /// <summary>Lowercase words a label may contain after its first word ("Ministry of Foreign Affairs", "Reporter from Xinhua").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "de", "du", "da", "van", "von", "der", "bin", "al", "la", "le", "on", "&", "from", "at", "with",
    };

    /// <summary>First words of page furniture that looks like a label ("Share Video:", "Source:", "Related Articles:").</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Share", "Editor's", "Source", "Sources", "Related", "Tags", "Tag", "Note", "Notes", "Read", "Subscribe", "Follow",
        "Download", "Click", "See", "Watch", "Listen", "Print", "Email", "E-mail", "Comments", "Comment", "Updated",
        "Published", "Posted", "Editor", "Editors", "Photo", "Photos", "Video", "Videos", "Image", "Images", "Keywords",
        "Category", "Categories", "Contact", "Translated", "Translation", "Date", "Time", "Location", "Attachment",
        "Attachments", "Reporting", "Written", "Author", "Authors", "By", "Copyright", "Previous", "Next", "More", "Also",
        "Topics", "Topic", "Filed", "Credit", "Credits", "Caption", "Links", "Link", "Contents", "Table", "Figure", "Chart",
        "Tel", "Fax", "Address", "Phone", "Website", "Web", "Request", "Donate", "Language", "Languages", "Menu", "Search",
        "Home", "Advertisement", "Sponsored", "Recommended", "Popular", "Trending", "Latest", "Top", "Quick", "Useful",
        "Example", "Examples", "Summary", "Background", "Disclaimer", "Warning", "Update", "Correction", "Please",
        "Media", "Press", "Agenda", "Venue", "Speakers", "Participants", "Attendees", "Guests", "Transcript",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup =
        Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureLookup =
        FurnitureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gen.", "Gov.", "Amb.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleAbbreviationLookup =
        TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Is the whole line a label "Name:" (surrounding white space allowed)? Gives the name.</summary>
    public static bool TryReadLabelLine(ReadOnlySpan<char> line, [NotNullWhen(true)] out string? name)
    {
        name = null;
        var trimmed = TextChars.Trim(line);
        if (trimmed.Length < 2 || trimmed.Length > MaxLabelChars + 1 || !IsColon(trimmed[^1]))
        {
            return false;
        }
        var candidate = TextChars.Trim(trimmed[..^1]);
        var comma = candidate.IndexOf(',');
        if (comma > 0 && IsNameWithTitle(candidate, comma))
        {
            // "JANE DOE, CFO:", "Li Wei, spokesperson of the ministry:": the name is before the comma.
            name = TextChars.Trim(candidate[..comma]).ToString();
            return true;
        }

        if (!IsLabelName(candidate))
        {
            return false;
        }
        name = candidate.ToString();
        return true;
    }

    private static bool IsNameWithTitle(ReadOnlySpan<char> candidate, int comma)
    {
        var name = TextChars.Trim(candidate[..comma]);
        var title = TextChars.Trim(candidate[(comma + 1)..]);
        var nameWords = name.Count(' ') + 1;
        return nameWords is >= 2 and <= 4 && IsLabelName(name) && title.Length > 0 && title.Count(' ') < 10
            && title.IndexOfAny("?!;:,.\"\u201C\u201D|") < 0;
    }

    /// <summary>
    /// Does the line start with "Name: " followed by text? Gives the name and the offset (within the line) where the
    /// spoken text starts. Callers should only trust names that recur, as datelines ("BEIJING: ...") look the same.
    /// </summary>
    public static bool TryReadInlineLabel(ReadOnlySpan<char> line, [NotNullWhen(true)] out string? name, out int textOffset)
    {
        name = null;
        textOffset = 0;
        int limit = Math.Min(line.Length, MaxLabelChars + 1);
        int colon = -1;
        for (int k = 0; k < limit; k++)
        {
            if (IsColon(line[k]))
            {
                colon = k;
                break;
            }
        }
        if (colon <= 0 || colon + 1 >= line.Length || !TextChars.IsBlank(line[colon + 1]))
        {
            return false;
        }
        int text = colon + 1;
        while (text < line.Length && TextChars.IsBlank(line[text]))
        {
            text++;
        }
        var candidate = TextChars.Trim(line[..colon]);
        var comma = candidate.IndexOf(',');
        if (text >= line.Length)
        {
            return false;
        }
        if (comma > 0 && IsNameWithTitle(candidate, comma))
        {
            candidate = TextChars.Trim(candidate[..comma]); // "Jane Doe, Chief Financial Officer: Thank you."
        }
        else if (!IsLabelName(candidate))
        {
            return false;
        }
        name = candidate.ToString();
        textOffset = text;
        return true;
    }

    /// <summary>"Question from Bloomberg. ..." or "Question from China Daily: ..." at the start of a paragraph.</summary>
    public static bool TryReadQuestionFrom(ReadOnlySpan<char> paragraphStart, [NotNullWhen(true)] out string? asker)
    {
        asker = null;
        var s = TextChars.Trim(paragraphStart);
        const string Lead = "Question from ";
        if (!s.StartsWith(Lead, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        s = s[Lead.Length..];
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }
        int stop = 0;
        while (stop < s.Length && stop <= MaxLabelChars)
        {
            char c = s[stop];
            if (c is ':' or '\uFF1A' or ',' or '?' or ';' or '\n' or '\r' or '(')
            {
                break;
            }
            if (c == '.' && (stop + 1 == s.Length || TextChars.IsBlank(s[stop + 1])) && !EndsWithInitialism(s[..stop]))
            {
                break;
            }
            stop++;
        }
        if (stop > MaxLabelChars)
        {
            return false;
        }
        var candidate = TextChars.Trim(s[..stop]);
        if (candidate.Length == 0 || !char.IsUpper(candidate[0]) || CountWords(candidate) > MaxLabelWords + 2)
        {
            return false;
        }
        asker = candidate.ToString();
        return true;
    }

    /// <summary>A short capitalised name: at most six words, no sentence punctuation, not page furniture.</summary>
    public static bool IsLabelName(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length == 0 || candidate.Length > MaxLabelChars || !char.IsUpper(candidate[0]))
        {
            return false;
        }
        int words = 0;
        foreach (var range in candidate.SplitAny(' ', '\t', '\u00A0'))
        {
            var word = candidate[range];
            if (word.Length == 0)
            {
                continue;
            }
            words++;
            if (words > MaxLabelWords || !IsLabelWord(word, first: words == 1))
            {
                return false;
            }
            if (words == 1 && FurnitureLookup.Contains(word))
            {
                return false;
            }
        }
        return words > 0;
    }

    private static bool IsLabelWord(ReadOnlySpan<char> word, bool first)
    {
        if (word.IndexOfAny("?!;:,\"\u201C\u201D|") >= 0)
        {
            return false;
        }
        if (word[^1] == '.' && !TitleAbbreviationLookup.Contains(word) && !IsInitialism(word))
        {
            return false;
        }
        if (char.IsUpper(word[0]) || word[0] == '(' || char.IsDigit(word[0]) && !first)
        {
            return true;
        }
        return !first && ConnectorLookup.Contains(word);
    }

    /// <summary>"J." or "U.S." -- uppercase letters each followed by a period.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }
        for (int k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }

    private static bool EndsWithInitialism(ReadOnlySpan<char> textBeforeDot)
    {
        int k = textBeforeDot.LastIndexOf(' ');
        var last = textBeforeDot[(k + 1)..];
        return last.Length > 0 && IsInitialism([.. last, '.']);
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int count = 0;
        foreach (var range in s.SplitAny(' ', '\t', '\u00A0'))
        {
            if (s[range].Length > 0)
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsColon(char c) => c is ':' or '\uFF1A';
}
