using System.Text;

namespace ClaimsLedger.Ingest;

/// <summary>Records of comma- or tab-separated text (RFC 4180 quoting: "a, b" and "say ""x"""), with their first line numbers; blank lines skipped.</summary>
internal static class DelimitedText
{
    public static IEnumerable<(int Line, List<string> Fields)> Parse(string text, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                if (fields.Any(f => f.Length > 0))
                    yield return (recordLine, fields);
                fields = [];
                recordLine = ++line;
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString().TrimEnd('\r'));
        if (fields.Any(f => f.Length > 0))
            yield return (recordLine, fields);
    }
}
