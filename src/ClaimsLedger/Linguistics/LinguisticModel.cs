using System.IO.Compression;

namespace ClaimsLedger.Linguistics;

/// <summary>Everything trained from the treebank, in one Brotli-compressed file: tokenizer rules, tagger, lemmatizer and parser.</summary>
public sealed record LinguisticModel(TokenizerRules TokenizerRules, PosTagger Tagger, Lemmatizer Lemmatizer, DependencyParser Parser)
{
    private const string Magic = "ClaimsLedger.Linguistics/1";

    public void Save(string path)
    {
        if (Tagger.Weights is not SparseWeights tagWeights || Parser.Weights is not SparseWeights parseWeights)
            throw new InvalidOperationException("only trained (sparse) weights can be saved");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var brotli = new BrotliStream(file, new BrotliCompressionOptions { Quality = 9 }))
        using (var writer = new BinaryWriter(new BufferedStream(brotli, 1 << 16)))
        {
            writer.Write(Magic);
            TokenizerRules.Write(writer);
            WriteNames(writer, Tagger.Tags);
            Tagger.Dictionary.Write(writer);
            tagWeights.Write(writer);
            Lemmatizer.Write(writer);
            WriteNames(writer, Parser.Labels);
            parseWeights.Write(writer);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a model file; a file that is not one fails with its path.</summary>
    public static LinguisticModel Load(string path)
    {
        try
        {
            var raw = new MemoryStream();
            using (var file = File.OpenRead(path))
            using (var brotli = new BrotliStream(file, CompressionMode.Decompress))
                brotli.CopyTo(raw);
            raw.Position = 0;
            using var reader = new BinaryReader(raw);
            if (reader.ReadString() != Magic)
                throw new InvalidDataException($"{path}: not a ClaimsLedger linguistic model");
            var rules = TokenizerRules.Read(reader);
            var tags = ReadNames(reader);
            var dictionary = TagDictionary.Read(reader);
            var tagWeights = SparseWeights.Read(reader);
            var lemmatizer = Lemmatizer.Read(reader);
            var labels = ReadNames(reader);
            var parseWeights = SparseWeights.Read(reader);
            return new LinguisticModel(rules, new PosTagger(tags, tagWeights, dictionary), lemmatizer, new DependencyParser(labels, parseWeights));
        }
        catch (Exception e) when (e is EndOfStreamException or IOException && e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new InvalidDataException($"{path}: damaged linguistic model ({e.Message})", e);
        }
    }

    private static void WriteNames(BinaryWriter writer, IReadOnlyList<string> names)
    {
        writer.Write(names.Count);
        foreach (var n in names)
            writer.Write(n);
    }

    private static string[] ReadNames(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++)
            names[i] = reader.ReadString();
        return names;
    }
}
