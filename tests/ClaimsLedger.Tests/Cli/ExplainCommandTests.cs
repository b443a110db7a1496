using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Cli;

/// <summary>`claims explain` with the shipped model (data/ of the repository) and the fake extractor.</summary>
public class ExplainCommandTests
{
    [Test]
    public void Prints_the_words_the_tree_and_every_field_of_the_claims()
    {
        var claims = new CliRunner(Path.Combine(RepositoryPaths.Root, "data"));

        var result = claims.Run("explain", "We built 120 bridges.", "--event-date", "2022-09-06");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("  3  120      NUM    120        4  nummod       9..12\n"));
        Assert.That(result.Output, Does.Contain("built (VERB, build)\n├─ nsubj: We (PRON, we)\n├─ obj: bridges (NOUN, bridge)\n│  └─ nummod: 120 (NUM, 120)\n"));
        Assert.That(result.Output, Does.Contain("claims (1):\n  [[120]] at 9..12\n    value          120\n"));
        Assert.That(result.Output, Does.Contain("    metric         bridges\n"));
    }

    [Test]
    public void Without_a_model_it_says_so_on_one_line()
    {
        using var folder = new TempFolder();
        var claims = new CliRunner(folder.File("data"));

        var result = claims.Run("explain", "We built 120 bridges.");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.EndWith("en_ewt.model: model not found\n"));
    }
}
