using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Report;

/// <summary>
/// A ledger of two documents whose texts, title, speaker and metric hold markup ("&lt;script&gt;", "&lt;/script&gt;&lt;!--",
/// quotes, ampersands), stating conflicting figures for the same metric and year: what the report must show as text.
/// </summary>
internal static class MarkupLedger
{
    public const string Metric = "<b>visitors</b> & \"guests\"";
    public const string Attack = "<script>window.pwned = 1</script>";
    public const string Sentence = "Officials said " + Attack + " that 1,200 visitors came in 2022 </script><!-- 'quoted' & more.";
    public const string OtherSentence = "The <img src=x onerror=\"window.pwned=2\"> count was 3,400 visitors in 2022.";

    public static void Write(string path)
    {
        using var ledger = LedgerDatabase.Open(path);
        ledger.Documents.Save(Document("/in/a <b>.txt", "Title </title><script>window.pwned=3</script>", Sentence, "1,200", 1200, "Li <i>Wei</i>"));
        ledger.Documents.Save(Document("/in/b.txt", "Other & title", OtherSentence, "3,400", 3400, null));
    }

    private static ExtractedDocument Document(string path, string title, string sentence, string figure, double value, string? speaker)
    {
        var text = $"Header line\n\nA first sentence with <em>tags</em>. {sentence} A last sentence.";
        var sentenceStart = text.IndexOf(sentence, StringComparison.Ordinal);
        var start = text.IndexOf(figure, sentenceStart, StringComparison.Ordinal);
        var document = TestDocuments.Document(text, path, new DateOnly(2023, 1, 10), title);
        var claim = new Claim(start, start + figure.Length, figure, sentenceStart, sentenceStart + sentence.Length, value, "count",
            Qualifier.Exact, value - 0.5, value + 0.5, Metric, "visitors <u>", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31),
            "in 2022 <br>", speaker, null);
        var sentences = new List<Sentence>
        {
            new(text.IndexOf("A first", StringComparison.Ordinal), sentenceStart - 1, speaker),
            new(sentenceStart, sentenceStart + sentence.Length, speaker),
            new(sentenceStart + sentence.Length + 1, text.Length, speaker),
        };
        return new ExtractedDocument(document, sentences, [claim], []);
    }
}
