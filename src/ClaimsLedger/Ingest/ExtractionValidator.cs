using ClaimsLedger.Model;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Keeps only what the ledger can promise: sentences inside the text, claims whose text is the text at their offsets,
/// inside their sentence, with finite values. Whatever is dropped is named in a warning.
/// </summary>
internal static class ExtractionValidator
{
    public static ExtractedDocument Validate(ExtractedDocument extracted, List<string> warnings)
    {
        var text = extracted.Document.Text;
        var sentences = new List<Sentence>();
        foreach (var s in extracted.Sentences)
        {
            if (s.Start >= 0 && s.End >= s.Start && s.End <= text.Length)
                sentences.Add(s);
            else
                warnings.Add($"sentence [{s.Start}, {s.End}) lies outside the text (length {text.Length}); dropped");
        }
        var claims = new List<Claim>();
        foreach (var c in extracted.Claims)
        {
            if (Problem(c, text) is { } problem)
                warnings.Add($"claim \"{c.Text}\" at [{c.Start}, {c.End}) {problem}; dropped");
            else
                claims.Add(c);
        }
        return extracted with { Sentences = sentences, Claims = claims };
    }

    private static string? Problem(Claim c, string text)
    {
        if (c.Start < 0 || c.End <= c.Start || c.End > text.Length)
            return $"lies outside the text (length {text.Length})";
        if (c.Text.Length != c.End - c.Start || string.CompareOrdinal(text, c.Start, c.Text, 0, c.Text.Length) != 0)
            return "does not match the text at its offsets";
        if (c.SentenceStart < 0 || c.SentenceStart > c.Start || c.SentenceEnd < c.End || c.SentenceEnd > text.Length)
            return $"is not inside its sentence [{c.SentenceStart}, {c.SentenceEnd})";
        if (!double.IsFinite(c.Value) || double.IsNaN(c.Low) || double.IsNaN(c.High))
            return "has no finite value";
        if (string.IsNullOrWhiteSpace(c.Metric))
            return "names no metric";
        return null;
    }
}
