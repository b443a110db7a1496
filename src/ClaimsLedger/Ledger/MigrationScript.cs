using System.Security.Cryptography;
using System.Text;

namespace ClaimsLedger.Ledger;

/// <summary>
/// One schema script, migrations/NNNN_verb_object.sql (SQLite) or its twin migrations/postgresql/NNNN_verb_object.sql;
/// scripts apply in ordinal name order.
/// </summary>
public sealed record MigrationScript(string Name, string Sql)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>The SQLite scripts embedded in this assembly from the repository's migrations/ folder.</summary>
    public static IReadOnlyList<MigrationScript> Embedded { get; } = LoadEmbedded(LedgerDialect.Sqlite.MigrationFolder);

    /// <summary>The scripts of a dialect, embedded from its folder (migrations/ or migrations/postgresql/).</summary>
    public static IReadOnlyList<MigrationScript> EmbeddedFor(LedgerDialect dialect) =>
        dialect == LedgerDialect.Sqlite ? Embedded : LoadEmbedded(dialect.MigrationFolder);

    private static List<MigrationScript> LoadEmbedded(string folder)
    {
        var assembly = typeof(MigrationScript).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)
                && !n.AsSpan(folder.Length).Contains('/'))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return new MigrationScript(n[folder.Length..], reader.ReadToEnd());
            })
            .ToList();
    }
}
