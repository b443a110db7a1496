using System.Diagnostics;
using System.Globalization;
using ClaimsLedger.Ledger;
using ClaimsLedger.Model;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// `claims conflicts` interrupted while its report has spilled to temporary files: Ctrl-C (SIGINT) and SIGTERM delete
/// them on the way out; what a SIGKILL leaves is deleted by the next run. Each run gets a temp folder of its own (TMPDIR).
/// </summary>
[NonParallelizable]
public class InterruptedConflictsTests
{
    private const int Documents = 360; // one metric and year: ~65,000 pairs, a report far past the in-memory part size

    private TempFolder folder = null!;
    private string db = null!;

    [OneTimeSetUp]
    public void CreateLedger()
    {
        folder = new TempFolder();
        db = folder.File("ledger.db");
        using var ledger = LedgerDatabase.Open(db);
        for (var d = 0; d < Documents; d++)
        {
            var figure = (100 + d * 7).ToString(CultureInfo.InvariantCulture);
            var text = $"Briefing {d}\nIn 2022 we built {figure} bridges.\n";
            var start = text.IndexOf(figure, StringComparison.Ordinal);
            var sentenceStart = text.IndexOf("In 2022", StringComparison.Ordinal);
            var sentenceEnd = text.Length - 1;
            var document = new SourceDocument($"/corpus/{d:D4}.txt", $"{d:D4}.txt", text, ContentHash.Of(text), $"Briefing {d}", null, null, null);
            var claim = new Claim(start, start + figure.Length, figure, sentenceStart, sentenceEnd, 100 + d * 7, "count", Qualifier.Exact,
                100 + d * 7, 100 + d * 7, "bridges", "bridges", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), "2022", null, null);
            ledger.Documents.Save(new ExtractedDocument(document, [new Sentence(sentenceStart, sentenceEnd, null)], [claim], []));
        }
    }

    [OneTimeTearDown]
    public void Delete() => folder.Dispose();

    private Process StartConflicts(string temp)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { ClaimsProcess.DllPath, "conflicts", "--db", db })
            info.ArgumentList.Add(arg);
        info.Environment["TMPDIR"] = temp;
        return Process.Start(info)!;
    }

    private static string[] SpillFilesIn(string temp) => Directory.GetFiles(temp, "claims-spill.*");

    [TestCase("INT")]
    [TestCase("TERM")]
    public void A_signal_while_the_report_has_spilled_deletes_the_spill_files(string signal)
    {
        if (IgnoredByThisProcess(signal))
            Assert.Ignore($"SIG{signal} is ignored by this test run (a shell started it in the background), and the claims process would inherit that");
        var temp = Directory.CreateDirectory(folder.File("tmp-" + signal)).FullName;
        using var process = StartConflicts(temp);
        // Nobody reads its output yet: once the pipe is full the process waits with its report spilled, where the signal hits.
        WaitFor(() => SpillFilesIn(temp).Length > 0 || process.HasExited, process);
        Assert.That(process.HasExited, Is.False, "conflicts ended before it spilled");

        // The output is read only after the process has ended: while the pipe stays full the report cannot finish on its
        // own, so only the signal can end it (reading first would let it race to a normal exit).
        process.StandardError.ReadToEndAsync();
        Signal(process, signal);
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, $"conflicts did not end after SIG{signal}");
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);

        Assert.That(process.ExitCode, Is.Not.Zero);
        Assert.That(SpillFilesIn(temp), Is.Empty, $"spill files left after SIG{signal}");
    }

    [Test]
    public void Spill_files_left_by_a_killed_run_are_swept_by_the_next_run()
    {
        var temp = Directory.CreateDirectory(folder.File("tmp-KILL")).FullName;
        using (var killed = StartConflicts(temp))
        {
            WaitFor(() => SpillFilesIn(temp).Length > 0 || killed.HasExited, killed);
            Assert.That(killed.HasExited, Is.False, "conflicts ended before it spilled");
            killed.Kill();
            killed.WaitForExit();
        }
        var left = SpillFilesIn(temp);
        Assert.That(left, Is.Not.Empty, "SIGKILL runs no clean-up: the files are there to sweep");
        var stranger = Path.Combine(temp, "unrelated.tmp");
        File.WriteAllText(stranger, "not ours");

        using var next = StartConflicts(temp);
        var output = next.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        next.StandardError.ReadToEndAsync();
        Assert.That(next.WaitForExit(TimeSpan.FromMinutes(5)), Is.True);
        output.Wait();

        Assert.That(next.ExitCode, Is.Zero);
        Assert.That(left.Where(File.Exists), Is.Empty, "the killed run's spill files were swept");
        Assert.That(SpillFilesIn(temp), Is.Empty, "the finished run deleted its own");
        Assert.That(File.Exists(stranger), Is.True);
    }

    /// <summary>Polls until <paramref name="done"/>, at most 6,000 times (a bound on the attempts, not a speed target).</summary>
    private static void WaitFor(Func<bool> done, Process process)
    {
        for (var i = 0; i < 6000 && !done(); i++)
            Thread.Sleep(50);
        if (!done())
        {
            process.Kill();
            Assert.Fail("conflicts neither spilled nor ended");
        }
    }

    /// <summary>A non-interactive shell starts background jobs with SIGINT and SIGQUIT ignored, and children inherit
    /// ignored signals (POSIX): read the SigIgn mask of /proc/self/status.</summary>
    private static bool IgnoredByThisProcess(string signal)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        var number = signal == "INT" ? 2 : 15;
        return line is not null && (ulong.Parse(line[7..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) >> (number - 1) & 1) == 1;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.Zero);
    }
}
