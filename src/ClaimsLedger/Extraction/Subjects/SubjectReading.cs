namespace ClaimsLedger.Extraction.Subjects;

/// <summary>A subject as read: canonical name, the words it came from, and the rule that read it.</summary>
public sealed record SubjectReading(string Name, string Text, string Basis);

/// <summary>The subject of each figure of a sentence (null where the sentence names none) and the organisation it
/// attributes its figures to.</summary>
public sealed record SentenceSubjects(IReadOnlyList<SubjectReading?> Subjects, string? Source);
