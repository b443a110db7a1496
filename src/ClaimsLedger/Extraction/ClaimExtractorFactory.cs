using ClaimsLedger.Model;

namespace ClaimsLedger.Extraction;

/// <summary>Builds the product's extractor with the catalogues shipped in <c>data/</c>.</summary>
public static class ClaimExtractorFactory
{
    /// <param name="dataDirectory">The folder holding metrics.json, eras.json ... (the CLI passes AppContext.BaseDirectory/data).</param>
    public static IClaimExtractor CreateDefault(string dataDirectory) => new PlaceholderExtractor();

    // PLACEHOLDER until the real extractor lands: one claim per recognised number, whole document as one sentence.
    private sealed class PlaceholderExtractor : IClaimExtractor
    {
        public ExtractedDocument Extract(SourceDocument document)
        {
            var text = document.Text;
            var sentence = new Sentence(0, text.Length, null);
            var claims = Microsoft.Recognizers.Text.Number.NumberRecognizer
                .RecognizeNumber(text, Microsoft.Recognizers.Text.Culture.English)
                .Select(r =>
                {
                    var value = double.Parse((string)r.Resolution["value"], System.Globalization.CultureInfo.InvariantCulture);
                    return new Claim(r.Start, r.End + 1, r.Text, 0, text.Length, value, "count", Qualifier.Exact, value, value,
                        "unknown", "", null, null, null, null, null);
                })
                .ToList();
            return new ExtractedDocument(document, [sentence], claims, []);
        }
    }
}
