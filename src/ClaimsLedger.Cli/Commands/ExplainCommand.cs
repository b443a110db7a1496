using System.CommandLine;
using ClaimsLedger.Linguistics;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli.Commands;

/// <summary>`claims explain "SENTENCE"`: the sentence's words with tags, lemmas and tree, then every field of the claims the extractor reads from it.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliServices services)
    {
        var sentence = new Argument<string>("SENTENCE") { Description = "One sentence, quoted" };
        var eventDate = new EventDateOption("Date of the event, YYYY-MM-DD, for relative periods");
        var command = new Command("explain", "Show how a sentence is parsed and which claims are read from it") { sentence, eventDate.Option };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!eventDate.TryRead(parse, error, out var date))
                return ExitCodes.CannotRun;
            var modelPath = Path.Combine(services.DataDirectory, "models", SentenceParser.ModelFileName);
            SentenceParser parser;
            try
            {
                parser = SentenceParser.Load(modelPath);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine(e is FileNotFoundException or DirectoryNotFoundException ? $"{modelPath}: model not found" : e.Message);
                return ExitCodes.CannotRun;
            }
            var text = parse.GetValue(sentence) ?? "";
            var parsedSentence = parser.Parse(text);
            ParseText.Write(parsedSentence, output);
            var document = new SourceDocument("explain", "explain", text, "", null, date, null, null);
            var claims = services.CreateExtractor(services.DataDirectory).Extract(document).Claims;
            output.WriteLine();
            output.WriteLine($"claims ({claims.Count}):");
            foreach (var c in claims)
                WriteClaim(c, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteClaim(Claim c, TextWriter output)
    {
        output.WriteLine($"  [[{c.Text}]] at {c.Start}..{c.End}");
        output.WriteLine($"    value          {ClaimText.Number(c.Value)}");
        output.WriteLine($"    range          {ClaimText.Number(c.Low)} .. {ClaimText.Number(c.High)}");
        output.WriteLine($"    unit           {c.Unit}");
        output.WriteLine($"    qualifier      {c.Qualifier.ToName()}");
        output.WriteLine($"    metric         {c.Metric}");
        output.WriteLine($"    metric_phrase  {c.MetricPhrase}");
        output.WriteLine($"    period         {ClaimText.Period(c)}");
        output.WriteLine($"    period_basis   {c.PeriodBasis ?? "-"}");
        output.WriteLine($"    basis          {c.Basis ?? "-"}");
        output.WriteLine($"    speaker        {c.Speaker ?? "-"}");
    }
}
