using ClaimsLedger.Model;

namespace ClaimsLedger.Comparison;

/// <summary>
/// A stored claim made ready for comparison: its unit made canonical, its value and the interval it allows (recomputed
/// with <see cref="StatedInterval"/> from value, surface text and qualifier) expressed in that unit.
/// </summary>
internal sealed class StatedFigure
{
    private string? fingerprint;

    public StatedFigure(StoredClaim stored)
    {
        Stored = stored;
        var claim = stored.Claim;
        Unit = UnitNormalizer.Normalize(claim.Unit);
        var (low, high) = StatedInterval.For(claim.Value, claim.Text, claim.Qualifier, claim.Unit);
        Value = claim.Value * Unit.Factor;
        Range = new ValueRange(low, high).Scale(Unit.Factor);
        SpeakerKey = (claim.Speaker ?? "").Trim().ToLowerInvariant();
        SubjectKey = Observation.SubjectKey(claim.Subject);
    }

    public StoredClaim Stored { get; }
    public long Id => Stored.Id;
    public CanonicalUnit Unit { get; }
    public double Value { get; }
    public ValueRange Range { get; }
    public string SpeakerKey { get; }

    /// <summary>Normalised sentence and figure text: equal in two documents means one copies the other.</summary>
    public string Fingerprint => fingerprint ??=
        SentenceFingerprint.Of(Stored.Sentence) + "\u0001" + SentenceFingerprint.Of(Stored.Claim.Text);

    /// <summary>Same document and same speaker: one source repeating itself, never compared.</summary>
    /// <summary>The claim's subject as compared (<see cref="Observation.SubjectKey"/>), null when unknown.</summary>
    public string? SubjectKey { get; }

    public bool SameSourceAs(StatedFigure other) =>
        Stored.DocumentId == other.Stored.DocumentId && SpeakerKey == other.SpeakerKey;

    /// <summary>How the figure reads in a reason: #12 "over 1.03 billion" (over).</summary>
    public string Label
    {
        get
        {
            var claim = Stored.Claim;
            var qualifier = claim.Qualifier == Qualifier.Exact ? "" : $" ({claim.Qualifier.ToName()})";
            return $"#{Id} \"{claim.Text}\"{qualifier}";
        }
    }

    /// <summary>Identity of the figure stated, whoever stated it: equal keys compare equally against anything.</summary>
    public (string Unit, double Value, double Low, double High, Qualifier Qualifier) FigureKey =>
        (Unit.Name, Value, Range.Low, Range.High, Stored.Claim.Qualifier);
}
