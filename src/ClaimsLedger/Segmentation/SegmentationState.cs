using ClaimsLedger.Model;

namespace ClaimsLedger.Segmentation;

/// <summary>The running state of <see cref="TranscriptSegmenter"/>: current turn, paragraph and block of prose lines.</summary>
/// <param name="readAttributions">Whether narrated attributions give speakers (only in documents without turn labels:
/// in a transcript, an unlabeled paragraph quoting someone is a reporter's question, not that person speaking).</param>
/// <param name="people">The people the document introduces, to read a surname-only attribution ("Marsh said").</param>
/// <param name="linesAreParagraphs">Whether a line that does not continue the one before starts a paragraph (a text with
/// no blank lines), so that the speaker an attribution gave ends with it.</param>
internal sealed class SegmentationState(string text, bool readAttributions, PersonDirectory people, bool linesAreParagraphs = false)
{
    private readonly List<SentenceSpan> spans = [];
    private string? turnSpeaker;
    private string? attributedSpeaker;
    private int blankRun;
    private TextLine? previousLine;
    private int blockStart = -1;
    private int blockEnd = -1;

    public List<Sentence> Sentences { get; } = [];

    /// <summary>True before the first prose line of a paragraph (after a blank line or a label line).</summary>
    public bool AtParagraphStart { get; private set; } = true;

    public void BlankLine()
    {
        Flush();
        blankRun++;
        if (blankRun >= 2)
        {
            turnSpeaker = null;
        }
        EndParagraph();
    }

    public void StartTurn(string speaker)
    {
        Flush();
        blankRun = 0;
        turnSpeaker = speaker;
        EndParagraph();
    }

    public bool ContinuesBlock(TextLine line) =>
        blockStart >= 0 && previousLine is { } previous && TranscriptSegmenter.IsContinuation(text, previous, line);

    /// <summary>Adds a prose line [start, end): to the open block when it continues it, else as a new block.</summary>
    public void AddLine(int start, int end, bool continuesBlock)
    {
        blankRun = 0;
        if (continuesBlock)
        {
            blockEnd = end;
        }
        else
        {
            Flush();
            if (linesAreParagraphs)
            {
                attributedSpeaker = null;
            }

            blockStart = start;
            blockEnd = end;
        }
        previousLine = new TextLine(start, end);
        AtParagraphStart = false;
    }

    /// <summary>Splits the open block into sentences and gives each its speaker.</summary>
    public void Flush()
    {
        if (blockStart < 0)
        {
            return;
        }
        spans.Clear();
        SentenceSplitter.Split(text, blockStart, blockEnd, spans);
        IReadOnlyList<Attribution> attributions = turnSpeaker is null && readAttributions
            ? AttributionReader.Find(text, blockStart, blockEnd, people)
            : [];
        int next = 0;
        foreach (var span in spans)
        {
            while (next < attributions.Count && attributions[next].Position < span.End)
            {
                attributedSpeaker = attributions[next].Name;
                next++;
            }
            Sentences.Add(new Sentence(span.Start, span.End, turnSpeaker ?? attributedSpeaker));
        }
        blockStart = -1;
        blockEnd = -1;
    }

    private void EndParagraph()
    {
        attributedSpeaker = null;
        previousLine = null;
        AtParagraphStart = true;
    }
}
