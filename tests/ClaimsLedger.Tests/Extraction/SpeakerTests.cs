namespace ClaimsLedger.Tests.Extraction;

public class SpeakerTests
{
    [Test]
    public void Claim_takes_the_speaker_of_its_turn()
    {
        const string text = "Press briefing\nBeijing | 9 a.m. Mar. 14, 2023\n\nLi Wei:\n\nWe have trained 40,000 nurses.\n\nDaily Herald:\n\nDoes the 2 billion yuan budget cover them?\n";
        var claims = ExtractionFixture.Claims(text);
        Assert.That(claims.Select(c => (c.Text, c.Speaker)), Is.EqualTo(new[] { ("40,000", "Li Wei"), ("2 billion yuan", "Daily Herald") }));
    }
}
