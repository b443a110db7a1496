using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimsLedger.Tests.Support;

/// <summary>Reads a ledger file with a plain SQLite connection (no migrations, no catalogue import), for before/after comparisons.</summary>
public static class LedgerContents
{
    /// <summary>SHA-256 of the file's bytes: equal before and after means not one byte was written.</summary>
    public static string FileHash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>A plain connection (foreign keys as this SQLite build defaults them: on), for reading and for tampering tests.</summary>
    public static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Paths of every stored document (all revisions), in id order.</summary>
    public static IReadOnlyList<string> DocumentPaths(string path)
    {
        using var connection = OpenRaw(path);
        return connection.Query<string>("SELECT path FROM documents ORDER BY id").ToList();
    }

    /// <summary>Every document, sentence and claim row as text: equal dumps mean the ledger's content did not change.</summary>
    public static string Dump(string path)
    {
        using var connection = OpenRaw(path);
        var documents = connection.Query<(long, string, string, long, long?)>(
            "SELECT id, path, sha256, revision, superseded_by FROM documents ORDER BY id");
        var sentences = connection.Query<(long, long, long, long)>("""SELECT id, document_id, start, "end" FROM sentences ORDER BY id""");
        var claims = connection.Query<(long, long, long, long, long, string, double)>(
            """SELECT id, document_id, sentence_id, start, "end", text, value FROM claims ORDER BY id""");
        return string.Join('\n', documents.Select(d => d.ToString()).Concat(sentences.Select(s => s.ToString())).Concat(claims.Select(c => c.ToString())));
    }

    /// <summary>Number of claims each document holds, by document id.</summary>
    public static IReadOnlyDictionary<long, int> ClaimsPerDocument(string path)
    {
        using var connection = OpenRaw(path);
        return connection.Query<(long Document, long Claims)>("SELECT document_id, count(*) FROM claims GROUP BY document_id")
            .ToDictionary(r => r.Document, r => (int)r.Claims);
    }
}
