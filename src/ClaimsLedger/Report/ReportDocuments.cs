using System.Text.Json;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Report;

/// <summary>
/// The documents the report quotes: their metadata (in the page index) and, per document, a data block with the
/// sentences of its claims and the sentence before and after each (the context a click shows), each sentence once.
/// Only the sentence starts are kept while the metrics stream by; texts are read document by document at the end.
/// </summary>
internal sealed class ReportDocuments(LedgerDatabase ledger)
{
    private readonly SortedDictionary<long, HashSet<int>> sentenceStarts = [];

    public int Count => sentenceStarts.Count;

    public static string DataId(long documentId) => $"doc-{documentId}";

    public void Quote(StoredClaim claim)
    {
        if (!sentenceStarts.TryGetValue(claim.DocumentId, out var starts)) sentenceStarts[claim.DocumentId] = starts = [];
        starts.Add(claim.Claim.SentenceStart);
    }

    /// <summary>One data block per document: {"meta": {...}, "sentences": [[start, end, text, speaker], ...]} by start.</summary>
    public void WriteData(TextWriter output, Action<long, StoredDocument> seen)
    {
        foreach (var (id, starts) in sentenceStarts)
        {
            var document = ledger.Documents.Get(id);
            if (document is null) continue;
            seen(id, document);
            var sentences = ledger.Documents.GetSentences(id);
            var wanted = new SortedSet<int>();
            for (var i = 0; i < sentences.Count; i++)
            {
                if (!starts.Contains(sentences[i].Start)) continue;
                wanted.Add(i);
                if (i > 0) wanted.Add(i - 1);
                if (i + 1 < sentences.Count) wanted.Add(i + 1);
            }
            Html.JsonBlock(output, DataId(id), json =>
            {
                json.WriteStartArray();
                foreach (var i in wanted)
                {
                    var sentence = sentences[i];
                    json.WriteStartArray();
                    json.WriteNumberValue(sentence.Start);
                    json.WriteNumberValue(sentence.End);
                    json.WriteStringValue(sentence.End <= document.Text.Length ? document.Text[sentence.Start..sentence.End] : "");
                    json.WriteStringValue(sentence.Speaker);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            });
        }
    }

    /// <summary>Metadata of a document for the page index: what the detail panel and the source filter show.</summary>
    public static void WriteMeta(Utf8JsonWriter json, StoredDocument document)
    {
        json.WriteStartObject();
        json.WriteString("file", document.FileName);
        json.WriteString("title", document.Title);
        json.WriteString("source", SourceOf(document));
        Html.Date(json, "event", document.EventDate);
        Html.Date(json, "published", document.PublishedDate);
        json.WriteString("path", document.Path);
        json.WriteNumber("revision", document.Revision);
        json.WriteEndObject();
    }

    /// <summary>Who published it: the source given at ingest, else the file name.</summary>
    public static string SourceOf(StoredDocument document) =>
        string.IsNullOrWhiteSpace(document.Source) ? document.FileName : document.Source;
}
