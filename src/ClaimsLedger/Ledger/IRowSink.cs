namespace ClaimsLedger.Ledger;

/// <summary>Takes rows for one table during a copy; disposing it finishes the table.</summary>
internal interface IRowSink : IDisposable
{
    void Add(object?[] values);
}
