using System.Text.RegularExpressions;

namespace ClaimsLedger.Extraction;

/// <summary>
/// The definitional qualifiers of a sentence (data/definitional-qualifiers.txt): "seasonally adjusted", "in real terms",
/// "excluding inactive accounts". Kept on each claim of the sentence as <c>qualifiers_text</c> ("excluding inactive
/// accounts; seasonally adjusted": lower case, in sentence order, '; '-joined), so that comparison can tell figures
/// measured differently from figures that disagree.
/// </summary>
public sealed class DefinitionalQualifiers
{
    private const int MaxWildcardWords = 6;
    private readonly Regex? pattern;

    public DefinitionalQualifiers(IEnumerable<string> phrases)
    {
        // Longest first: at one position the regex takes the first alternative that matches.
        var alternatives = phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .Select(p => p.EndsWith(" *", StringComparison.Ordinal)
                ? Regex.Escape(p[..^2]) + $@"(?:\s+[^\s,;:.()\[\]]+){{1,{MaxWildcardWords}}}"
                : Regex.Escape(p))
            .ToList();
        if (alternatives.Count > 0)
            pattern = new Regex($@"(?<![\w-])(?:{string.Join('|', alternatives)})(?![\w-])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static DefinitionalQualifiers Empty { get; } = new([]);

    /// <summary>Reads the phrase list: one phrase a line, '#' comments and blank lines skipped.</summary>
    public static DefinitionalQualifiers Load(string path) =>
        new(File.ReadLines(path).Where(line => !line.TrimStart().StartsWith('#')));

    /// <summary>The qualifiers stated in the sentence, or null when it states none.</summary>
    public string? Read(string sentence)
    {
        if (pattern is null)
            return null;
        var found = pattern.Matches(sentence).Select(m => Regex.Replace(m.Value.ToLowerInvariant(), @"\s+", " ")).ToList();
        return found.Count == 0 ? null : string.Join("; ", found);
    }
}
