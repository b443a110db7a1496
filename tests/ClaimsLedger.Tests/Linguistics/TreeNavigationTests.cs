using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Tests.Linguistics;

/// <summary>The tree helpers on sentences written here with the trees UD English EWT would give them.</summary>
public class TreeNavigationTests
{
    [Test]
    public void Coordinated_subjects_and_coordinated_figures()
    {
        var s = TreeBuilder.Build(
            "Exports NOUN 6 nsubj", "and CCONJ 3 cc", "imports NOUN 1 conj", "were AUX 6 cop", "1.7 NUM 6 nummod",
            "times NOUN 0 root", "and CCONJ 9 cc", "3.8 NUM 9 nummod", "times NOUN 6 conj");
        Assert.That(new[] { s.Conjuncts(s.Find("imports")), s.Conjuncts(0), s.Conjuncts(8) },
            Is.EqualTo(new[] { new[] { 0, 2 }, [0, 2], [5, 8] }));
        var figure = s.Find("3.8");
        // The second conjunct ("times" 8) shares the subject of the first.
        Assert.That((s.QuantifiedNoun(figure), s.GoverningVerb(figure), s.Subject(5), s.Subject(8)), Is.EqualTo((8, 5, 0, 0)));
    }

    [Test]
    public void Possessor_noun_phrase_and_money_without_a_noun()
    {
        var s = TreeBuilder.Build(
            "Apple PROPN 4 nmod:poss", "'s PART 1 case", "quarterly ADJ 4 amod", "revenue NOUN 5 nsubj", "rose VERB 0 root",
            "5 NUM 7 nummod", "percent NOUN 5 obl:unmarked", "to ADP 9 case", "$ SYM 5 obl", "90.1 NUM 11 compound",
            "billion NUM 9 nummod");
        var (revenue, rose, money) = (s.Find("revenue"), s.Find("rose"), s.Find("90.1"));
        Assert.That((s.Possessor(revenue), s.NounPhraseText(revenue)), Is.EqualTo((0, "Apple 's quarterly revenue")));
        Assert.That((s.GoverningVerb(money), s.Subject(rose)), Is.EqualTo((rose, revenue)));
        // "$90.1 billion" and "5 percent" quantify no noun here.
        Assert.That((s.QuantifiedNoun(money), s.QuantifiedNoun(s.Find("5"))), Is.EqualTo((-1, -1)));
    }

    [Test]
    public void Passive_subject()
    {
        var s = TreeBuilder.Build(
            "5 NUM 2 compound", "million NUM 3 nummod", "doses NOUN 5 nsubj:pass", "were AUX 5 aux:pass",
            "administered VERB 0 root", "by ADP 8 case", "the DET 8 det", "ministry NOUN 5 obl:agent");
        Assert.That((s.QuantifiedNoun(0), s.GoverningVerb(2), s.Subject(4)), Is.EqualTo((2, 4, 2)));
    }

    [Test]
    public void The_number_of()
    {
        var s = TreeBuilder.Build(
            "The DET 2 det", "number NOUN 5 nsubj", "of ADP 4 case", "users NOUN 2 nmod", "reached VERB 0 root",
            "2 NUM 7 compound", "million NUM 5 obj");
        Assert.That((s.OfPhrase(1), s.NounPhraseText(1)), Is.EqualTo((3, "number of users")));
        Assert.That((s.GoverningVerb(5), s.Subject(4)), Is.EqualTo((4, 1)));
    }

    [Test]
    public void Share_of_a_whole()
    {
        var s = TreeBuilder.Build(
            "Women NOUN 2 nsubj", "made VERB 0 root", "up ADP 2 compound:prt", "40 NUM 5 nummod", "percent NOUN 2 obj",
            "of ADP 8 case", "the DET 8 det", "workforce NOUN 5 nmod");
        Assert.That((s.QuantifiedNoun(3), s.OfPhrase(4), s.Subject(s.GoverningVerb(3))), Is.EqualTo((7, 7, 0)));
    }

    [Test]
    public void Money_modifying_a_noun_and_money_in_a_whole()
    {
        var reward = TreeBuilder.Build("a DET 5 det", "$ SYM 5 compound", "2 NUM 4 compound", "million NUM 2 nummod", "reward NOUN 0 root");
        Assert.That(reward.QuantifiedNoun(2), Is.EqualTo(4));
        var sales = TreeBuilder.Build("$ SYM 0 root", "5 NUM 3 compound", "million NUM 1 nummod", "in ADP 5 case", "sales NOUN 1 nmod");
        Assert.That(sales.QuantifiedNoun(1), Is.EqualTo(4));
    }

    [Test]
    public void Relative_clause_subject_is_the_noun_it_modifies()
    {
        var s = TreeBuilder.Build(
            "The DET 2 det", "company NOUN 8 nsubj", ", PUNCT 5 punct", "which PRON 5 nsubj", "employs VERB 2 acl:relcl",
            "3,000 NUM 7 nummod", "people NOUN 5 obj", "said VERB 0 root");
        Assert.That((s.QuantifiedNoun(5), s.GoverningVerb(6), s.Subject(4), s.Subject(7)), Is.EqualTo((6, 4, 1, 1)));
    }

    [Test]
    public void Headline_fragment_is_governed_by_its_root_noun()
    {
        var s = TreeBuilder.Build(
            "Unemployment NOUN 0 root", "at ADP 4 case", "3.5 NUM 4 nummod", "% SYM 1 nmod", ", PUNCT 6 punct",
            "lowest ADJ 1 parataxis", "since ADP 8 case", "1969 NUM 6 obl");
        Assert.That((s.GoverningVerb(2), s.Subject(0), s.QuantifiedNoun(2), s.TokenAt(s[3].Start)), Is.EqualTo((0, -1, -1, 3)));
        Assert.That(s.Subtree(3), Is.EqualTo((1, 3)));
    }
}
