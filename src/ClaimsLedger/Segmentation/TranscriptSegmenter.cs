using ClaimsLedger.Model;

namespace ClaimsLedger.Segmentation;

/// <summary>
/// Cuts a transcript or news page into sentences, each with the speaker whose turn it is in.
/// <list type="bullet">
/// <item>A line that is only "Name:" starts that speaker's turn and yields no sentence; "Name: text" at the start of a
/// line does too when the same name labels a turn elsewhere in the document (once alone could be a dateline).</item>
/// <item>"Question from X." at the start of a paragraph makes X the speaker of the turn.</item>
/// <item>Two or more blank lines end the turn: the speaker is unknown until the next label.</item>
/// <item>In documents without turn labels (news, narration), a narrated attribution ("X said", "according to X") gives X to the sentences of its
/// paragraph from the attribution on.</item>
/// <item>A short reference to a person the document introduced earlier -- "Marsh said", a label "MS. MARSH:" or "THE
/// MINISTER:" -- gives the fuller name or label already used (<see cref="PersonDirectory"/>).</item>
/// <item>Paragraphs and heading-like lines are sentence boundaries; prose is split by <see cref="SentenceSplitter"/>.</item>
/// </list>
/// Offsets are half-open UTF-16 offsets into the given text, trimmed of white space. Linear in the text length.
/// </summary>
public static class TranscriptSegmenter
{
    /// <summary>A line at least this long that ends without punctuation is taken as hard-wrapped prose.</summary>
    private const int WrappedLineMinLength = 50;

    public static IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLine.Scan(text);
        var turnLabels = CollectTurnLabels(text, lines);
        var people = PersonDirectory.Build(text, LabelPositions(text, lines, turnLabels));
        // A text with no blank line holds one paragraph per line (a news page saved as text): an attribution then ends with
        // its line, as it ends with its paragraph elsewhere.
        var state = new SegmentationState(text, readAttributions: turnLabels.Count == 0, people,
            linesAreParagraphs: !lines.SkipWhile(l => l.IsBlank).Reverse().SkipWhile(l => l.IsBlank).Any(l => l.IsBlank));

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                state.BlankLine();
                continue;
            }
            var content = text.AsSpan(line.Start, line.Length);
            if (SpeakerLabelReader.TryReadLabelLine(content, out var label))
            {
                state.StartTurn(people.ResolveLabel(label, line.Start) ?? label);
                continue;
            }

            int textStart = line.Start;
            if (SpeakerLabelReader.TryReadInlineLabel(content, out var inlineLabel, out int offset) && turnLabels.Contains(inlineLabel))
            {
                state.StartTurn(people.ResolveLabel(inlineLabel, line.Start) ?? inlineLabel);
                textStart = line.Start + offset;
            }
            else if (state.AtParagraphStart && SpeakerLabelReader.TryReadQuestionFrom(content, out var asker))
            {
                state.StartTurn(asker);
            }
            state.AddLine(textStart, line.End, continuesBlock: textStart == line.Start && state.ContinuesBlock(line));
        }
        state.Flush();
        return state.Sentences;
    }

    /// <summary>Each label line and recurring inline label, with the offset of its line, in text order.</summary>
    private static IEnumerable<(int Position, string Label)> LabelPositions(string text, List<TextLine> lines, HashSet<string> turnLabels)
    {
        if (turnLabels.Count == 0)
        {
            yield break;
        }
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }
            var content = text.AsSpan(line.Start, line.Length);
            if (SpeakerLabelReader.TryReadLabelLine(content, out var label)
                || SpeakerLabelReader.TryReadInlineLabel(content, out label, out _) && turnLabels.Contains(label))
            {
                yield return (line.Start, label);
            }
        }
    }

    /// <summary>Names that label turns: every "Name:" line, and "Name: text" prefixes that occur at least twice.</summary>
    /// <summary>"PORTVILLE", "WASHINGTON": one capitalised word opening a news brief.</summary>
    private static bool IsDateline(string label) => !label.Contains(' ') && label.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private const int MinSpeakersOfATranscript = 2;
    private const int MinTurnsOfATranscript = 3;

    private static HashSet<string> CollectTurnLabels(string text, List<TextLine> lines)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var inlineCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }
            var content = text.AsSpan(line.Start, line.Length);
            if (SpeakerLabelReader.TryReadLabelLine(content, out var label))
            {
                labels.Add(label);
            }
            else if (SpeakerLabelReader.TryReadInlineLabel(content, out var inline, out _))
            {
                inlineCounts[inline] = inlineCounts.GetValueOrDefault(inline) + 1;
            }
        }
        // A label counts once it recurs, or when the text is a transcript of turns: several labelled paragraphs by
        // different speakers ("Operator:", "Jane Doe, CFO:", "Analyst:"), each of whom may speak once.
        var isTurnTaking = inlineCounts.Count >= MinSpeakersOfATranscript && inlineCounts.Values.Sum() >= MinTurnsOfATranscript;
        foreach (var (name, count) in inlineCounts)
        {
            if (count >= 2 || isTurnTaking && !IsDateline(name))
            {
                labels.Add(name);
            }
        }
        return labels;
    }

    /// <summary>
    /// Does a line continue the previous line's sentence (hard-wrapped prose) rather than start a new one? Only when the
    /// previous line ends without punctuation and either this line starts lowercase or the previous one is long.
    /// </summary>
    internal static bool IsContinuation(string text, TextLine previous, TextLine line)
    {
        char last = text[previous.End - 1];
        if (TextChars.IsSentenceEnd(last) || TextChars.IsClosingMark(last) || last is ':' or '\uFF1A' or '|')
        {
            return false;
        }
        char first = text[line.Start];
        if (char.IsLower(first))
        {
            return true;
        }
        return previous.Length >= WrappedLineMinLength && (char.IsLetterOrDigit(last) || last is ',' or ';' or '-' or '\u2013');
    }
}
