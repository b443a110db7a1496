namespace ClaimsLedger.Ledger;

/// <summary>The ledger file cannot be used as it is: not a ledger, a newer schema, an edited migration. The message is one line.</summary>
public sealed class LedgerException(string message, Exception? inner = null) : Exception(message, inner);
