namespace ClaimsLedger.Segmentation;

/// <summary>A narrated attribution in prose: <paramref name="Name"/> is said to speak from text offset <paramref name="Position"/> on.</summary>
public sealed record Attribution(int Position, string Name);
