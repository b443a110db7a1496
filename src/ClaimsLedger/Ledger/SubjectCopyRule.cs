using ClaimsLedger.Model;

namespace ClaimsLedger.Ledger;

/// <summary>A claim of the document being read that has no subject read from its own text.</summary>
/// <param name="Fingerprint">claims.sentence_fingerprint of its sentence.</param>
/// <param name="Words">How many words its sentence has (<see cref="Comparison.SentenceFingerprint.WordCount"/>).</param>
internal sealed record SubjectlessClaim(long Id, string Fingerprint, int Words);

/// <summary>A claim of another current document whose subject was read from that document's own text.</summary>
/// <param name="DocumentName">The document's title, else its path: how a basis names it.</param>
internal sealed record SubjectSource(string Fingerprint, string Subject, string? SubjectText, long DocumentId, string DocumentName);

/// <summary>The subject a claim takes from copies, with the rule that gave it and the document it came from.</summary>
internal sealed record CopiedSubject(long ClaimId, string Subject, string? SubjectText, string Basis, long DocumentId);

/// <summary>
/// Subjects of a republished copy. A claim without a subject of its own whose sentence is word for word (same
/// <see cref="Comparison.SentenceFingerprint"/>) a sentence of other documents takes the subject those documents give it,
/// when they all give one. When at least <see cref="MinimumSharedSentences"/> of the document's sentences were copied
/// that way, all of one subject, and no copied sentence is claimed by two subjects, the document is a republished copy
/// of documents about that subject: its other subjectless claims take it too. One shared sentence is not enough for the
/// whole document (an article quoting one line of a bulletin need not be about the bulletin's country); sentences
/// shorter than <see cref="MinimumWords"/> words are no evidence at all (two documents may say "Prices rose 2%." alike).
/// Only subjects read from a document's own text are copied, never subjects that were themselves copied, so the result
/// does not depend on the order documents arrive in.
/// </summary>
internal static class SubjectCopyRule
{
    /// <summary>Fewer words than this, and two sentences alike may be a coincidence rather than a copy.</summary>
    public const int MinimumWords = 8;

    /// <summary>Copied sentences, all about one subject, that make the whole document a copy about it.</summary>
    public const int MinimumSharedSentences = 2;

    public static IReadOnlyList<CopiedSubject> Choose(IReadOnlyList<SubjectlessClaim> claims, IReadOnlyList<SubjectSource> sources)
    {
        var sourcesOf = sources.GroupBy(s => s.Fingerprint).ToDictionary(g => g.Key, g => g.OrderBy(s => s.DocumentId).ToList());
        var copied = new Dictionary<string, SubjectSource>(); // sentence fingerprint -> the source it is copied from
        var disputed = false;
        foreach (var fingerprint in claims.Where(c => c.Words >= MinimumWords).Select(c => c.Fingerprint).Distinct())
        {
            if (!sourcesOf.TryGetValue(fingerprint, out var found))
                continue;
            if (found.Select(s => Observation.SubjectKey(s.Subject)).Distinct().Count() == 1)
                copied[fingerprint] = found[0];
            else
                disputed = true;
        }

        var chosen = new List<CopiedSubject>();
        foreach (var claim in claims)
        {
            if (claim.Words >= MinimumWords && copied.TryGetValue(claim.Fingerprint, out var source))
                chosen.Add(new CopiedSubject(claim.Id, source.Subject, source.SubjectText,
                    $"the same sentence in document {source.DocumentId} ({source.DocumentName}) is about {source.Subject}", source.DocumentId));
        }
        if (DocumentDefault(copied, disputed, sourcesOf) is not { } original)
            return chosen;

        var basis = $"a republished copy of document {original.DocumentId} ({original.DocumentName}), which is about {original.Subject}: "
            + $"{copied.Count} of its figure sentences are word for word in documents about it";
        var taken = chosen.Select(c => c.ClaimId).ToHashSet();
        chosen.AddRange(claims.Where(c => !taken.Contains(c.Id))
            .Select(c => new CopiedSubject(c.Id, original.Subject, original.SubjectText, basis, original.DocumentId)));
        return chosen;
    }

    /// <summary>
    /// The source standing for the document's subject when its copied sentences make it a copy: of the documents it copies,
    /// the one it shares the most sentences with (the first of them on a tie). Null when the copies do not agree or are few.
    /// </summary>
    private static SubjectSource? DocumentDefault(Dictionary<string, SubjectSource> copied, bool disputed,
        Dictionary<string, List<SubjectSource>> sourcesOf)
    {
        if (disputed || copied.Count < MinimumSharedSentences
            || copied.Values.Select(s => Observation.SubjectKey(s.Subject)).Distinct().Count() != 1)
            return null;
        return copied.Keys.SelectMany(f => sourcesOf[f].DistinctBy(s => s.DocumentId))
            .GroupBy(s => s.DocumentId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .First().First();
    }
}
