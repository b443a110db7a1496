using System.Security.Cryptography;
using System.Text;

namespace ClaimsLedger.Comparison;

/// <summary>
/// A sentence reduced to what survives copying: lower case, letters and digits only, every run of anything else (space,
/// punctuation, quotes, dashes) one space. Two documents holding the same fingerprint for a claim republish each other.
/// </summary>
public static class SentenceFingerprint
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// What the ledger stores of a sentence's fingerprint (claims.sentence_fingerprint): lower-case hex SHA-256 of
    /// <see cref="Of"/> encoded as UTF-8, so that copies are found through an index of fixed-size keys.
    /// </summary>
    public static string HashOf(string sentence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(sentence))));

    /// <summary>How many words (runs of letters and digits) the sentence has, as its fingerprint counts them.</summary>
    public static int WordCount(string sentence)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            var letterOrDigit = char.IsLetterOrDigit(c);
            if (letterOrDigit && !inWord) words++;
            inWord = letterOrDigit;
        }
        return words;
    }
}
