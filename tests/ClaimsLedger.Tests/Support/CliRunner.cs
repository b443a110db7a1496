using System.CommandLine;
using ClaimsLedger.Cli;

namespace ClaimsLedger.Tests.Support;

/// <summary>Runs the `claims` root command in process with captured output, the fake extractor and a data folder of the test's choosing.</summary>
public sealed class CliRunner(string dataDirectory)
{
    public FakeClaimExtractor Extractor { get; } = new();

    /// <summary>What `claims ingest -` reads (nothing unless a test says).</summary>
    public byte[] StandardInput { get; set; } = [];

    public CliResult Run(params string[] args)
    {
        var services = new CliServices(dataDirectory, _ => Extractor) { OpenStandardInput = () => new MemoryStream(StandardInput) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.BuildRootCommand(services).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);
