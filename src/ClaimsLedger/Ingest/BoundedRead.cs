namespace ClaimsLedger.Ingest;

/// <summary>Reads a stream (a file, standard input) to its end, but never more than a limit: size checks hold for what is read.</summary>
public static class BoundedRead
{
    /// <summary>The stream's bytes, or null as soon as it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + count > maxBytes)
                return null;
            buffer.Write(chunk, 0, count);
        }
        return buffer.ToArray();
    }
}
