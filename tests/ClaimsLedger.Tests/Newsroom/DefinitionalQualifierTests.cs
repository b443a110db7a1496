using ClaimsLedger.Extraction;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Newsroom;

/// <summary>Definitional qualifiers read from the shipped phrase list (data/definitional-qualifiers.txt).</summary>
public class DefinitionalQualifierTests
{
    private static readonly Lazy<DefinitionalQualifiers> Shipped =
        new(() => DefinitionalQualifiers.Load(Path.Combine(RepositoryPaths.Root, "data", "definitional-qualifiers.txt")));

    [TestCase("The platform had 300 million users, excluding inactive accounts.", "excluding inactive accounts")]
    [TestCase("Unemployment was 4.1%, seasonally adjusted.", "seasonally adjusted")]
    [TestCase("Unemployment was 4.4% (not seasonally adjusted).", "not seasonally adjusted")]
    [TestCase("GDP grew 5.2% in real terms, and 4.6% year-on-year Excluding Energy, in Q3.", "in real terms; year-on-year; excluding energy")]
    [TestCase("The economy grew 5.2% last year.", null)]
    [TestCase("Per-capitalist slogans are not a qualifier.", null)]
    public void The_qualifiers_of_a_sentence_are_read_in_order_in_lower_case(string sentence, string? expected)
    {
        Assert.That(Shipped.Value.Read(sentence), Is.EqualTo(expected));
    }
}
