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
}
