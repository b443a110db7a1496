using System.Text;
using ClaimsLedger.Model;

namespace ClaimsLedger.Ingest;

/// <summary>
/// Builds the stored text of a converted document as a text file would hold it: one block (paragraph, heading, list
/// item, table row) per line, blocks separated by a blank line, white space inside a block collapsed to single spaces;
/// each block remembers where in the original it came from.
/// </summary>
internal sealed class BlockTextBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<TextBlock> blocks = [];

    public int Count => blocks.Count;

    /// <summary>Adds a block unless it is blank; returns whether it was added.</summary>
    public bool Add(ReadOnlySpan<char> content, string location)
    {
        var start = text.Length;
        if (start > 0)
            text.Append("\n\n");
        var written = text.Length;
        var pendingSpace = false;
        foreach (var c in content)
        {
            if (char.IsWhiteSpace(c) || c == '\u00AD' || char.IsControl(c))
            {
                pendingSpace |= c != '\u00AD'; // a soft hyphen is invisible, not a space
                continue;
            }
            if (pendingSpace && text.Length > written)
                text.Append(' ');
            pendingSpace = false;
            text.Append(c);
        }
        if (text.Length == written)
        {
            text.Length = start;
            return false;
        }
        blocks.Add(new TextBlock(written, location));
        return true;
    }

    /// <summary>
    /// Continues the last block with <paramref name="content"/> (a paragraph running on to the next page), remembering
    /// that the text from here came from <paramref name="location"/>.
    /// </summary>
    public void Continue(ReadOnlySpan<char> content, string location)
    {
        var start = text.Length;
        if (!Add(content, location))
            return;
        text.Remove(start, 2).Insert(start, ' ');
        blocks[^1] = blocks[^1] with { Start = start + 1 };
    }

    /// <summary>The last character of the text so far, or NUL.</summary>
    public char Last => text.Length == 0 ? '\0' : text[^1];

    /// <summary>The text so far starts with <paramref name="line"/> (white space folded as <see cref="Add"/> folds it).</summary>
    public bool StartsWith(string line)
    {
        var probe = new BlockTextBuilder();
        probe.Add(line, "");
        var folded = probe.text.ToString();
        return folded.Length > 0 && text.Length >= folded.Length && text.ToString(0, folded.Length) == folded;
    }

    /// <summary>Puts a block before all others (a page's title above its article).</summary>
    public void Prepend(string content, string location)
    {
        var first = new BlockTextBuilder();
        if (!first.Add(content, location))
            return;
        var shift = first.text.Length + (text.Length > 0 ? 2 : 0);
        if (text.Length > 0)
            first.text.Append("\n\n");
        text.Insert(0, first.text.ToString());
        for (var i = 0; i < blocks.Count; i++)
            blocks[i] = blocks[i] with { Start = blocks[i].Start + shift };
        blocks.Insert(0, first.blocks[0]);
    }

    public (string Text, IReadOnlyList<TextBlock> Blocks) Build() => (text.Length == 0 ? "" : text + "\n", blocks.ToList());
}
