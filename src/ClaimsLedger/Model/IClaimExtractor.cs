namespace ClaimsLedger.Model;

/// <summary>Turns a document into sentences and claims. Pure: no I/O, no database.</summary>
public interface IClaimExtractor
{
    ExtractedDocument Extract(SourceDocument document);
}
