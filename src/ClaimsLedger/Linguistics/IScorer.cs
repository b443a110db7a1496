namespace ClaimsLedger.Linguistics;

/// <summary>Adds the weights of a set of features to per-class scores: the trained <see cref="SparseWeights"/>, or the trainer's dense weights while training.</summary>
public interface IScorer
{
    void Score(ReadOnlySpan<uint> features, Span<float> scores);
}
