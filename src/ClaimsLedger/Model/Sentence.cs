namespace ClaimsLedger.Model;

/// <summary>A sentence of a document: half-open span [Start, End) into the stored text, and whose turn it is in.</summary>
public sealed record Sentence(int Start, int End, string? Speaker)
{
    public int Length => End - Start;
}
