namespace ClaimsLedger.Segmentation;

/// <summary>A half-open span [Start, End) of a text.</summary>
public readonly record struct SentenceSpan(int Start, int End)
{
    public int Length => End - Start;
}
