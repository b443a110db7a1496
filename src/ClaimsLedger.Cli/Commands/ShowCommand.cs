using System.CommandLine;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims show ID`: one claim, everything derived from it, and its sentence between its neighbours.</summary>
internal static class ShowCommand
{
    public static Command Create(CliServices services)
    {
        var id = new Argument<long>("ID") { Description = "The claim's id (from query or export)" };
        var database = LedgerOptions.Database();
        var command = new Command("show", "One claim with its sentence in context and everything derived") { id, database };
        command.SetAction(parse =>
        {
            using var ledger = LedgerAccess.Open(parse, database, services, create: false);
            if (ledger is null)
                return ExitCodes.CannotRun;
            var stored = ledger.Claims.Get(parse.GetValue(id));
            if (stored is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"claim {parse.GetValue(id)}: not in the ledger");
                return ExitCodes.CannotRun;
            }
            Print(stored, ledger, parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(StoredClaim stored, LedgerDatabase ledger, TextWriter output)
    {
        var c = stored.Claim;
        var document = ledger.Documents.Get(stored.DocumentId)!;
        var status = document.SupersededBy is { } newer ? $"superseded by document {newer}" : "current";
        output.WriteLine($"claim {stored.Id}");
        output.WriteLine($"  figure    \"{ClaimText.Field(c.Text)}\" at [{c.Start}, {c.End})");
        output.WriteLine($"  value     {ClaimText.Figure(c)}, from {ClaimText.Number(c.Low)} to {ClaimText.Number(c.High)}");
        output.WriteLine($"  metric    {ClaimText.Field(c.Metric)} (said as \"{ClaimText.Field(c.MetricPhrase)}\")");
        output.WriteLine($"  period    {ClaimText.Period(c)}{(c.PeriodBasis is null ? "" : $" (from \"{ClaimText.Field(c.PeriodBasis)}\")")}");
        output.WriteLine($"  speaker   {ClaimText.Field(c.Speaker ?? "-")}");
        if (c.Basis is not null)
            output.WriteLine($"  basis     {ClaimText.Field(c.Basis)}");
        output.WriteLine($"  document  {document.Id} {ClaimText.Field(document.FileName)} (revision {document.Revision}, {status})");
        output.WriteLine($"  title     {ClaimText.Field(document.Title ?? "-")}");
        output.WriteLine($"  event     {ClaimText.Date(document.EventDate)}{(document.Source is null ? "" : $", source {ClaimText.Field(document.Source)}")}");
        output.WriteLine($"  path      {ClaimText.Field(document.Path)}");
        if (document.Url is not null)
            output.WriteLine($"  url       {ClaimText.Field(document.Url)}");
        if (document.Author is not null)
            output.WriteLine($"  author    {ClaimText.Field(document.Author)}");
        if (document.OriginalSha256 is not null)
            output.WriteLine($"  original  {ClaimText.Field(document.MediaType ?? "-")}, sha256 {document.OriginalSha256}");
        foreach (var check in ledger.Checks.History(stored.Id).Reverse())
            output.WriteLine(ClaimText.Field($"  {(check.Id == stored.Check?.Id ? "verdict" : "earlier"),-9} {check.Verdict} ({check.CheckedAt}"
                + $"{(check.CheckedBy is null ? "" : $", by {check.CheckedBy}")}){(check.Note is null ? "" : $": {check.Note}")}"
                + $"{(check.Url is null ? "" : $" {check.Url}")}"));
        var sentences = ledger.Documents.GetSentences(document.Id);
        var index = sentences.ToList().FindIndex(s => s.Start == c.SentenceStart && s.End == c.SentenceEnd);
        var location = index >= 0 ? sentences[index].Location : null;
        output.WriteLine($"  sentence  [{c.SentenceStart}, {c.SentenceEnd}){(location is null ? "" : $", from {ClaimText.Field(location)} of the original")}");
        output.WriteLine();
        if (index > 0)
            output.WriteLine($"    {ClaimText.OneLine(Text(document, sentences[index - 1]))}");
        output.WriteLine($"  > {ClaimText.Marked(stored)}");
        if (index >= 0 && index + 1 < sentences.Count)
            output.WriteLine($"    {ClaimText.OneLine(Text(document, sentences[index + 1]))}");
    }

    private static string Text(StoredDocument document, StoredSentence sentence) => document.Text[sentence.Start..sentence.End];
}
