using ClaimsLedger.Comparison;
using ClaimsLedger.Ledger;
using static ClaimsLedger.Tests.Comparison.TestClaims;

namespace ClaimsLedger.Tests.Comparison;

/// <summary>The pairs `conflicts --store` keeps until the comparison is done: read back whole, as often as a retried transaction needs.</summary>
public class PairsToStoreTests
{
    [TestCase(1 << 20, TestName = "Pairs kept in memory read back as they were, twice")]
    [TestCase(1, TestName = "Pairs spilled to a temporary file read back as they were, twice")]
    public void Pairs_read_back_with_their_reasons_intact(int memoryChars)
    {
        var (start, end) = Year(2022);
        const string Sentence = "In 2022 we built 120 bridges.";
        // File names with a tab, a line break and a backslash: the republished pair's reason names both files.
        var report = Compare(
            Make(1, 1, "120", 120, "bridges", start, end, sentence: Sentence) with { DocumentFile = "tab\there.txt" },
            Make(2, 2, "120", 120, "bridges", start, end, sentence: Sentence) with { DocumentFile = "line\nbreak\\n.txt" },
            Make(3, 3, "150", 150, "bridges", start, end));
        var expected = report.OrderedPairs().Select(p => new StoredPair(p.A.Id, p.B.Id, p.Status.ToName(), p.Reason)).ToList();
        Assert.That(expected.Select(p => p.Status), Is.EquivalentTo(new[] { "conflict", "conflict", "republished" }));
        Assert.That(expected.Single(p => p.Status == "republished").Reason, Does.Contain("tab\there.txt").And.Contain("line\nbreak\\n.txt"));

        using var pairs = new PairsToStore(memoryChars);
        foreach (var pair in report.OrderedPairs())
            pairs.Add(pair);

        Assert.That(pairs.Count, Is.EqualTo(3));
        Assert.That(pairs.Rows().ToList(), Is.EqualTo(expected));
        Assert.That(pairs.Rows().ToList(), Is.EqualTo(expected), "a second reading, as a retried transaction makes");
    }
}
