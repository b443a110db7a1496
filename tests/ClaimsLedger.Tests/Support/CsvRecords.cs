using System.Text;

namespace ClaimsLedger.Tests.Support;

/// <summary>Reads RFC 4180 CSV back into cells (quoted fields, doubled quotes, CRLF or LF), to check what a spreadsheet would see.</summary>
public static class CsvRecords
{
    public static List<List<string>> Parse(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    cell.Append(csv[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    cell.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
                record.Add(Take(cell));
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                    i++;
                record.Add(Take(cell));
                records.Add(record);
                record = [];
            }
            else
                cell.Append(c);
        }
        if (cell.Length > 0 || record.Count > 0)
        {
            record.Add(Take(cell));
            records.Add(record);
        }
        return records;
    }

    private static string Take(StringBuilder cell)
    {
        var text = cell.ToString();
        cell.Clear();
        return text;
    }
}
