using System.Text;
using ClaimsLedger.Model;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Ledger;

/// <summary>Sentences of stored claims, read over a connection of its own (see <see cref="ClaimStream.OpenSentenceReader"/>).</summary>
public sealed class SentenceReader : IDisposable
{
    private readonly SqliteConnection connection;

    internal SentenceReader(SqliteConnection connection) => this.connection = connection;

    /// <summary>The same claims with <see cref="StoredClaim.Sentence"/> cut from their document's text (UTF-16 offsets), each document read once.</summary>
    public IReadOnlyList<StoredClaim> WithSentences(IEnumerable<StoredClaim> claims) => WithSentences(connection, claims);

    public void Dispose() => connection.Dispose();

    /// <remarks>
    /// A batch of claims of many metrics touches most documents, and the export asks once per batch: each text is read
    /// as its stored UTF-8 bytes and decoded into reused buffers, so only the sentences become new strings.
    /// </remarks>
    internal static IReadOnlyList<StoredClaim> WithSentences(SqliteConnection connection, IEnumerable<StoredClaim> claims)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM documents WHERE id = $id";
        var id = command.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
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
                {
                    var size = checked((int)reader.GetBytes(0, 0, null, 0, 0));
                    if (bytes.Length < size)
                        bytes = new byte[Math.Max(size, bytes.Length * 2)];
                    reader.GetBytes(0, 0, bytes, 0, size);
                    var needed = Encoding.UTF8.GetMaxCharCount(size);
                    if (chars.Length < needed)
                        chars = new char[Math.Max(needed, chars.Length * 2)];
                    length = Encoding.UTF8.GetChars(bytes, 0, size, chars, 0);
                }
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
