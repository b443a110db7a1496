using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Cli.Commands;

/// <summary>A parsed sentence for people: a table of words (1-based, heads 0 for the root as in CoNLL-U), then the tree drawn from the root.</summary>
internal static class ParseText
{
    public static void Write(ParsedSentence s, TextWriter output)
    {
        var width = Math.Max(4, s.Tokens.Select(t => t.Text.Length).DefaultIfEmpty(0).Max());
        var lemmaWidth = Math.Max(5, s.Tokens.Select(t => t.Lemma.Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{"#",3}  {"word".PadRight(width)}  {"upos",-5}  {"lemma".PadRight(lemmaWidth)}  {"head",4}  {"relation",-12} offsets");
        foreach (var t in s.Tokens)
            output.WriteLine($"{t.Index + 1,3}  {t.Text.PadRight(width)}  {t.Upos,-5}  {t.Lemma.PadRight(lemmaWidth)}  {t.Head + 1,4}  {t.Deprel,-12} {t.Start}..{t.End}");
        if (s.Root < 0)
            return;
        output.WriteLine();
        output.WriteLine($"{Label(s[s.Root])}");
        Branches(s, s.Root, "", output);
    }

    private static void Branches(ParsedSentence s, int head, string indent, TextWriter output)
    {
        var children = s.Children(head);
        for (var i = 0; i < children.Count; i++)
        {
            var last = i == children.Count - 1;
            var child = s[children[i]];
            output.WriteLine($"{indent}{(last ? "└─ " : "├─ ")}{child.Deprel}: {Label(child)}");
            Branches(s, child.Index, indent + (last ? "   " : "│  "), output);
        }
    }

    private static string Label(SentenceToken t) => $"{t.Text} ({t.Upos}, {t.Lemma})";
}
