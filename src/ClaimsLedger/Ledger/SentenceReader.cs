using System.Data.Common;
using ClaimsLedger.Model;

namespace ClaimsLedger.Ledger;

/// <summary>Sentences of stored claims, read over a connection of its own (see <see cref="ClaimStream.OpenSentenceReader"/>).</summary>
public sealed class SentenceReader : IDisposable
{
    private readonly DbConnection connection;

    internal SentenceReader(DbConnection connection) => this.connection = connection;

    /// <summary>The same claims with <see cref="StoredClaim.Sentence"/> cut from their document's text (UTF-16 offsets), each document read once.</summary>
    public IReadOnlyList<StoredClaim> WithSentences(IEnumerable<StoredClaim> claims) => WithSentences(connection, claims);

    public void Dispose() => connection.Dispose();

    /// <remarks>
    /// A batch of claims of many metrics touches most documents, and the export asks once per batch: each text is read
    /// into reused buffers (SQLite: decoded from its stored UTF-8 bytes), so only the sentences become new strings.
    /// </remarks>
    internal static IReadOnlyList<StoredClaim> WithSentences(DbConnection connection, IEnumerable<StoredClaim> claims)
    {
        using var command = connection.CreateCommand();
        var dialect = LedgerDialect.Of(connection);
        command.CommandText = "SELECT text FROM documents WHERE id = @id";
        var id = command.CreateParameter();
        id.ParameterName = "@id";
        id.DbType = System.Data.DbType.Int64;
        command.Parameters.Add(id);
        var result = new List<StoredClaim>();
        var bytes = new byte[1 << 16];
        var chars = new char[1 << 16];
        foreach (var byDocument in claims.GroupBy(c => c.DocumentId).OrderBy(g => g.Key))
        {
            id.Value = byDocument.Key;
            var length = 0;
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read() && !reader.IsDBNull(0))
                    length = dialect.ReadText(reader, 0, ref bytes, ref chars);
            }
            foreach (var stored in byDocument)
            {
                var c = stored.Claim;
                var sentence = c.SentenceStart >= 0 && c.SentenceEnd <= length && c.SentenceStart <= c.SentenceEnd
                    ? new string(chars, c.SentenceStart, c.SentenceEnd - c.SentenceStart) : "";
                result.Add(stored with { Sentence = sentence });
            }
        }
        return result;
    }

}
