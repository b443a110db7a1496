using System.Text.RegularExpressions;
using ClaimsLedger.Model;

namespace ClaimsLedger.Segmentation;

/// <summary>PLACEHOLDER: splits on line breaks and sentence ends; speaker labels "Name:" on their own line.</summary>
public static partial class TranscriptSegmenter
{
    [GeneratedRegex(@"[^\n]+?(?:[.!?](?=\s+[A-Z""“])|$)", RegexOptions.Multiline)]
    private static partial Regex SentencePattern();

    public static IReadOnlyList<Sentence> Segment(string text)
    {
        var list = new List<Sentence>();
        string? speaker = null;
        foreach (Match m in SentencePattern().Matches(text))
        {
            var s = m.Value.Trim();
            if (s.Length == 0) continue;
            if (s.EndsWith(':') && s.Length < 40) { speaker = s.TrimEnd(':').Trim(); continue; }
            var start = m.Index + (m.Value.Length - m.Value.TrimStart().Length);
            list.Add(new Sentence(start, start + s.Length, speaker));
        }
        return list;
    }
}
