namespace ClaimsLedger.Linguistics;

/// <summary>
/// The set of tags each frequent training word was seen with (its ambiguity class), keyed by the lower-case word's hash.
/// A feature of the tagger for the words around the one being tagged, whose tags are not known yet.
/// </summary>
public sealed class TagDictionary(Dictionary<ulong, uint> classes)
{
    public int Count => classes.Count;

    /// <summary>Bit t set when the word was seen with tag t; 0 for a word not in the dictionary.</summary>
    public uint ClassOf(ulong lowerHash) => classes.GetValueOrDefault(lowerHash);

    public void Write(BinaryWriter writer)
    {
        writer.Write(classes.Count);
        foreach (var (key, value) in classes.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static TagDictionary Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<ulong, uint>(count);
        for (var i = 0; i < count; i++)
            classes[reader.ReadUInt64()] = reader.ReadUInt32();
        return new TagDictionary(classes);
    }
}
