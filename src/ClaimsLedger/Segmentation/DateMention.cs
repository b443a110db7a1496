namespace ClaimsLedger.Segmentation;

/// <summary>A calendar date written in a text: where it is, and whether its year was written or inferred.</summary>
/// <param name="Index">Offset of the mention in the searched text.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="Month">1-12.</param>
/// <param name="Day">1-31.</param>
/// <param name="Year">The written year, or null when the mention has none ("November 26").</param>
internal sealed record DateMention(int Index, int Length, int Month, int Day, int? Year);
