using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimsLedger.Export;

/// <summary>
/// Metadata for browsing a ledger file with Datasette (`datasette claims.db --metadata metadata.json`): the titles,
/// descriptions, facets and label columns of data/datasette-metadata.json, whose "tables" object is put under the
/// database Datasette names after the file (its name without the extension), as Datasette's metadata wants it.
/// </summary>
public static class DatasetteMetadata
{
    public const string TemplateFileName = "datasette-metadata.json";

    /// <summary>The name Datasette gives the database of a file: "claims" for claims.db.</summary>
    public static string DatabaseName(string ledgerPath) => Path.GetFileNameWithoutExtension(ledgerPath);

    /// <summary>The metadata for database <paramref name="databaseName"/>, as indented JSON ending with a line break.</summary>
    /// <exception cref="InvalidDataException">The template cannot be read, is not JSON, or has no "tables" object (a one-line message naming the file).</exception>
    public static string For(string templatePath, string databaseName)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(File.ReadAllText(templatePath));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{templatePath}: not valid JSON ({e.Message})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{templatePath}: cannot read ({e.Message})", e);
        }
        if (parsed is not JsonObject template || template["tables"] is not JsonObject tables)
            throw new InvalidDataException($"{templatePath}: not an object with a \"tables\" object of table and view names");
        template.Remove("tables");
        template["databases"] = new JsonObject { [databaseName] = new JsonObject { ["tables"] = tables } };
        return template.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
