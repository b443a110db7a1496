using ClaimsLedger.Ledger;

namespace ClaimsLedger.Cli.Commands;

/// <summary>How `claims verify` and `claims copy` print a verification: each problem (escaped), then one summary line.</summary>
internal static class VerificationText
{
    /// <param name="clean">The summary of a clean verification, given the counts ("ledger ok: 3 documents, ... verified").</param>
    /// <param name="what">What was verified, for the summary of one with problems ("ledger", "copy").</param>
    public static int Write(TextWriter output, VerificationReport report, Func<string, string> clean, string what)
    {
        foreach (var problem in report.Problems)
            output.WriteLine($"problem: {ClaimText.Field(problem)}");
        var counts = $"{report.Documents} documents, {report.Sentences} sentences, {report.Claims} claims";
        output.WriteLine(report.IsClean ? clean(counts) : $"{what} has {report.Problems.Count} problems ({counts} checked)");
        return report.IsClean ? ExitCodes.Success : ExitCodes.Problems;
    }
}
