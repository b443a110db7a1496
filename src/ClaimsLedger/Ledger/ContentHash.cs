using System.Security.Cryptography;
using System.Text;

namespace ClaimsLedger.Ledger;

/// <summary>The ledger's content identity: lower-case hex SHA-256 of the stored text encoded as UTF-8 (no BOM).</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
