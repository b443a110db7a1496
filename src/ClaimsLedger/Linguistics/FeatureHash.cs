namespace ClaimsLedger.Linguistics;

/// <summary>
/// Non-allocating 64-bit hashes of text and of feature templates. A feature is a template number combined with one to
/// three values; its key is folded to 32 bits (never 0, which marks an empty slot in <see cref="SparseWeights"/>).
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the characters, lower-cased on the fly when asked.</summary>
    public static ulong Of(ReadOnlySpan<char> text, bool lower = false)
    {
        unchecked
        {
            var h = Offset;
            foreach (var c in text)
            {
                h ^= lower ? char.ToLowerInvariant(c) : c;
                h *= Prime;
            }
            return h;
        }
    }

    /// <summary>A hash of a small number (a tag, a label, a distance), distinct from any text hash in practice.</summary>
    public static ulong Of(int value) => Mix(0x51ED27A3C9F0E5B1UL, unchecked((ulong)(uint)value));

    public static ulong Mix(ulong a, ulong b)
    {
        unchecked
        {
            var x = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
            x ^= x >> 31;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 29;
            return x;
        }
    }

    public static uint Key(int template, ulong a) => Fold(Mix((ulong)template, a));

    public static uint Key(int template, ulong a, ulong b) => Fold(Mix(Mix((ulong)template, a), b));

    public static uint Key(int template, ulong a, ulong b, ulong c) => Fold(Mix(Mix(Mix((ulong)template, a), b), c));

    private static uint Fold(ulong h)
    {
        unchecked
        {
            var k = (uint)(h ^ (h >> 32));
            return k == 0 ? 1u : k;
        }
    }
}
