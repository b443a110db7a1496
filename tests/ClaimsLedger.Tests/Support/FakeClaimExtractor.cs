using System.Globalization;
using System.Text.RegularExpressions;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Support;

/// <summary>
/// A predictable extractor for tests of everything but extraction: sentences end at '.', '!', '?' or a line break;
/// every number followed by a word is a claim whose metric is that word ("12 widgets" -> 12 count of "widgets").
/// A speaker line "Name:" sets the speaker of what follows.
/// </summary>
public sealed partial class FakeClaimExtractor : IClaimExtractor
{
    [GeneratedRegex(@"(?:[^.!?\n]|[.!?](?=\S))+[.!?]?")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"(?<number>\d+(?:\.\d+)?)(?<scale> million| billion)?\s+(?<metric>[A-Za-z][A-Za-z-]*)")]
    private static partial Regex ClaimPattern();

    [GeneratedRegex(@"^(?<name>[A-Z][\w .]*):\s*$")]
    private static partial Regex SpeakerPattern();

    public int Calls { get; private set; }

    public ExtractedDocument Extract(SourceDocument document)
    {
        Calls++;
        var sentences = new List<Sentence>();
        var claims = new List<Claim>();
        string? speaker = null;
        foreach (Match s in SentencePattern().Matches(document.Text))
        {
            var trimmed = s.Value.Trim();
            if (trimmed.Length == 0)
                continue;
            var speakerLine = SpeakerPattern().Match(trimmed);
            if (speakerLine.Success)
            {
                speaker = speakerLine.Groups["name"].Value;
                continue;
            }
            var start = s.Index + (s.Value.Length - s.Value.TrimStart().Length);
            var end = s.Index + s.Value.TrimEnd().Length;
            sentences.Add(new Sentence(start, end, speaker));
            foreach (Match c in ClaimPattern().Matches(document.Text[start..end]))
            {
                var number = c.Groups["number"];
                var scale = c.Groups["scale"];
                var value = double.Parse(number.Value, CultureInfo.InvariantCulture)
                    * (scale.Value == " million" ? 1e6 : scale.Value == " billion" ? 1e9 : 1);
                var figureEnd = start + number.Index + number.Length + scale.Length;
                var metric = c.Groups["metric"].Value.ToLowerInvariant();
                claims.Add(new Claim(start + number.Index, figureEnd, document.Text[(start + number.Index)..figureEnd], start, end,
                    value, "count", Qualifier.Exact, value, value, metric, metric, null, null, null, speaker, null));
            }
        }
        return new ExtractedDocument(document, sentences, claims, []);
    }
}
