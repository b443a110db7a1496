namespace ClaimsLedger.Linguistics;

/// <summary>
/// One word of a parsed sentence: its text and UTF-16 span in the sentence, universal part of speech, lemma, the index of
/// its head word (-1 for the root of the sentence) and the relation to it (a UD deprel such as nsubj, nmod:poss).
/// </summary>
public sealed record SentenceToken(int Index, string Text, int Start, int End, string Upos, string Lemma, int Head, string Deprel)
{
    public bool IsRoot => Head < 0;

    public override string ToString() => $"{Index}:{Text}/{Upos} <-{Deprel}- {Head}";
}
