namespace ClaimsLedger.Segmentation;

/// <summary>Reads title and dates from a document's text. PLACEHOLDER: first line only, no dates yet.</summary>
public static class DocumentHeaderReader
{
    public static DocumentHeader Read(string text)
    {
        var title = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return new DocumentHeader(title, null, null);
    }
}
