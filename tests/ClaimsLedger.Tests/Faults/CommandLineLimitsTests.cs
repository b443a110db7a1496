using System.Diagnostics;
using ClaimsLedger.Cli;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Option values and --db files at the edges: each ends in one line on the error output and a non-zero exit, never a
/// stack trace or a hang, and a reading command never makes a ledger of a missing or zero-byte file.
/// </summary>
[NonParallelizable]
public class CommandLineLimitsTests
{
    private static readonly string[][] ReadingCommands =
    [
        ["verify"], ["query", "--metric", "bridges"], ["metrics"], ["export"], ["show", "1"], ["conflicts"], ["compare", "--metric", "bridges"],
    ];

    private TempFolder folder = null!;
    private CliRunner claims = null!;

    [SetUp]
    public void Create()
    {
        folder = new TempFolder();
        claims = new CliRunner(folder.File("data"));
        folder.Write("in/a.txt", "Briefing\nWe built 120 bridges.\n");
    }

    [TearDown]
    public void Delete() => folder.Dispose();

    private static void AssertOneLineError(CliResult result, string what, string? expected = null)
    {
        Assert.That(result.ExitCode, Is.Not.Zero, what);
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain('\n').And.Not.Empty, what + ": one line");
        Assert.That(result.Error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), what);
        if (expected is not null)
            Assert.That(result.Error, Does.Contain(expected), what);
    }

    /// <summary>Runs on a thread of its own, so that a command waiting forever (on a FIFO) fails the test instead of hanging it.</summary>
    private CliResult RunBounded(string[] args)
    {
        var run = Task.Run(() => claims.Run(args));
        Assert.That(run.Wait(TimeSpan.FromMinutes(3)), Is.True, $"claims {string.Join(' ', args)} hung");
        return run.Result;
    }

    [Test]
    public void An_empty_db_name_is_one_line_naming_the_option_for_every_command()
    {
        foreach (var command in ReadingCommands.Append(["ingest", folder.File("in")]))
        {
            var result = claims.Run([.. command, "--db", ""]);
            AssertOneLineError(result, string.Join(' ', command));
            Assert.That(result.Error, Is.EqualTo("--db: the file name is empty\n"), string.Join(' ', command));
        }
    }

    [TestCase("--from")]
    [TestCase("--to")]
    public void An_empty_ledger_name_given_to_copy_names_its_option(string option)
    {
        var ledger = folder.File("ledger.db");
        Assert.That(claims.Run("ingest", folder.File("in"), "--db", ledger).ExitCode, Is.Zero);

        var result = option == "--from" ? claims.Run("copy", "--from", "", "--to", folder.File("copy.db")) : claims.Run("copy", "--from", ledger, "--to", "");

        AssertOneLineError(result, "copy " + option);
        Assert.That(result.Error, Is.EqualTo($"{option}: the file name is empty\n"));
        Assert.That(File.Exists(folder.File("copy.db")), Is.False);
    }

    [Test]
    public void A_fifo_as_the_ledger_is_refused_at_once_by_every_command()
    {
        var fifo = folder.File("ledger.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();

        foreach (var command in ReadingCommands.Append(["ingest", folder.File("in")]))
            AssertOneLineError(RunBounded([.. command, "--db", fifo]), string.Join(' ', command), "is a FIFO (named pipe), not a ledger file");
    }

    [Test]
    public void A_reading_command_leaves_a_missing_file_missing_and_a_zero_byte_file_empty()
    {
        var empty = folder.WriteBytes("empty.db", []);
        var missing = folder.File("missing.db");

        foreach (var command in ReadingCommands)
        {
            AssertOneLineError(claims.Run([.. command, "--db", empty]), string.Join(' ', command) + " on a zero-byte file", "no claims ledger there");
            AssertOneLineError(claims.Run([.. command, "--db", missing]), string.Join(' ', command) + " on a missing file", "no such ledger");
        }
        Assert.That(new FileInfo(empty).Length, Is.Zero);
        Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "empty.db" }));
    }

    [TestCase("--jobs", "2147483647")]
    [TestCase("--jobs", "0")]
    [TestCase("--timeout-seconds", "2592000")]
    [TestCase("--max-size-mb", "2147483647")]
    [TestCase("--max-size-mb", "-1")]
    public void An_option_out_of_range_is_one_line_naming_it(string option, string value)
    {
        var result = claims.Run("ingest", folder.File("in"), "--db", folder.File("ledger.db"), option, value);

        AssertOneLineError(result, option, $"{option}: {value} is out of range");
        Assert.That(File.Exists(folder.File("ledger.db")), Is.False, "refused before the ledger is made");
    }

    [Test]
    public void A_full_output_device_is_one_line_on_the_error_output_for_every_command()
    {
        var db = folder.File("ledger.db");
        Assert.That(claims.Run("ingest", folder.File("in"), "--db", db, "--event-date", "2024-01-01").ExitCode, Is.Zero);

        foreach (var command in ReadingCommands)
        {
            var shell = $"exec dotnet '{ClaimsProcess.DllPath}' {string.Join(' ', command)} --db '{db}' > /dev/full";
            using var process = Process.Start(new ProcessStartInfo("bash", ["-c", shell]) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();

            var what = string.Join(' ', command) + " > /dev/full";
            Assert.That(process.ExitCode, Is.Not.Zero, what);
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n').And.Contain("No space left on device"), what);
            Assert.That(error, Does.Not.Contain("   at "), what);
        }
    }

    [Test]
    public void Whatever_a_command_meets_it_prints_one_line_through_the_top_level_handler()
    {
        var services = new CliServices(folder.File("data"), _ => throw new InvalidOperationException("the extractor broke\nsecond line"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = Program.BuildRootCommand(services).Parse(["ingest", folder.File("in"), "--db", folder.File("ledger.db")])
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.ToString(), Is.EqualTo("claims ingest: the extractor broke\\nsecond line (InvalidOperationException)" + Environment.NewLine));
    }
}
