using System.Diagnostics;
using ClaimsLedger.Files;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Comparison;
using ClaimsLedger.Tests.Support;
using Dapper;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// `--out` never lands on the ledger or its companions (by any name: the same path, a symbolic or hard link, a linked
/// folder, "..", a dangling link to the log), and an output file is replaced whole or not at all.
/// </summary>
[NonParallelizable]
public class OutputOverLedgerTests
{
    private TempFolder folder = null!;
    private CliRunner claims = null!;
    private string db = null!;

    [SetUp]
    public void CreateLedger()
    {
        folder = new TempFolder();
        claims = new CliRunner(folder.File("data"));
        db = folder.File("ledger.db");
        folder.Write("in/a.txt", "Briefing A\nWe built 120 bridges. We hired 300 engineers.\n");
        Assert.That(claims.Run("ingest", folder.File("in"), "--db", db, "--event-date", "2022-01-01").ExitCode, Is.Zero);
    }

    [TearDown]
    public void Delete() => folder.Dispose();

    /// <summary>Names of the ledger's files, each made by its own route. The argument is the folder and the ledger's path.</summary>
    private static readonly (string Name, Func<TempFolder, string, string> Out)[] NamesOfTheLedger =
    [
        ("the same path", (_, db) => db),
        ("its log", (_, db) => db + "-wal"),
        ("its shared memory", (_, db) => db + "-shm"),
        ("its rollback journal", (_, db) => db + "-journal"),
        ("a relative path with ..", (f, _) => { Directory.CreateDirectory(f.File("sub")); return Path.Combine(f.Path, "sub", "..", "ledger.db"); }),
        ("a symbolic link", (f, db) => File.CreateSymbolicLink(f.File("link.db"), db).FullName),
        ("a link to a link", (f, db) => File.CreateSymbolicLink(f.File("link2.db"), File.CreateSymbolicLink(f.File("link1.db"), db).FullName).FullName),
        ("a dangling link to the journal", (f, db) => File.CreateSymbolicLink(f.File("journal-link"), db + "-journal").FullName),
        ("a linked folder", (f, _) => Path.Combine(Directory.CreateSymbolicLink(f.File("folder-link"), f.Path).FullName, "ledger.db")),
        ("a hard link", (f, db) => HardLink(db, f.File("hard.db"))),
    ];

    private static IEnumerable<TestCaseData> Routes() => NamesOfTheLedger.Select(r => new TestCaseData(r.Name).SetName($"Export --out {r.Name} of the ledger is refused"));

    [TestCaseSource(nameof(Routes))]
    public void Export_onto_any_name_of_the_ledger_or_its_companions_is_refused_and_changes_nothing(string route)
    {
        // A reader holds the ledger open with a committed transaction still in the log, as after a killed ingest.
        using var holder = LedgerContents.OpenRaw(db);
        holder.Execute("PRAGMA wal_autocheckpoint = 0; UPDATE documents SET title = title");
        var companions = new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists).ToDictionary(f => f, LedgerContents.FileHash);
        Assert.That(companions, Has.Count.EqualTo(3));
        var output = NamesOfTheLedger.Single(r => r.Name == route).Out(folder, db);

        foreach (var format in new[] { "jsonl", "csv", "md" })
        {
            var result = claims.Run("export", "--db", db, "--format", format, "--out", output);

            Assert.That(result.ExitCode, Is.EqualTo(2), route);
            Assert.That(result.Error, Does.Contain("refusing").And.Not.Contain("   at "), route);
            Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain('\n'), route + ": one line");
        }
        foreach (var (file, hash) in companions)
            Assert.That(LedgerContents.FileHash(file), Is.EqualTo(hash), $"{route}: {file} changed");
        Assert.That(File.Exists(db + "-journal"), Is.False, route);
        Assert.That(claims.Run("verify", "--db", db).ExitCode, Is.Zero);
    }

    [Test]
    public void A_failed_write_leaves_the_earlier_output_as_it_was_and_no_temporary_file()
    {
        var target = folder.Write("out/export.csv", "the earlier good export\n");

        using (var output = OutputFile.Create(target, LedgerDatabase.FilesOf(db)))
        {
            output.Writer.Write("half of a new ");
            output.Writer.Flush();
            Assert.That(File.ReadAllText(target), Is.EqualTo("the earlier good export\n"), "the target is untouched while writing");
        } // disposed without Commit, as when the export throws

        Assert.That(File.ReadAllText(target), Is.EqualTo("the earlier good export\n"));
        Assert.That(Directory.GetFiles(folder.File("out")), Is.EqualTo(new[] { target }));
    }

    [Test]
    public void A_committed_output_replaces_the_file_a_link_points_to_and_keeps_the_link()
    {
        var real = folder.Write("out/real.csv", "old\n");
        var link = File.CreateSymbolicLink(folder.File("out/link.csv"), real).FullName;

        using (var output = OutputFile.Create(link, LedgerDatabase.FilesOf(db)))
        {
            output.Writer.Write("new\n");
            output.Commit();
        }

        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(real));
        Assert.That(File.ReadAllText(real), Is.EqualTo("new\n"));
    }

    [TestCase("/dev/null")]
    [TestCase("/dev/zero")]
    public void A_device_as_the_output_file_is_refused_in_one_line(string device)
    {
        var result = claims.Run("export", "--db", db, "--out", device);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"{device}: is a character device, not a file to write\n"));
    }

    [Test]
    public void Killing_an_export_at_random_points_leaves_the_earlier_export_or_the_new_one_never_part_of_either()
    {
        var big = folder.File("big.db");
        using (var ledger = LedgerDatabase.Open(big))
            VariedLedger.Fill(ledger, documents: 150, claimsPerDocument: 20);
        var target = folder.Write("out/export.jsonl", "the earlier good export\n");
        var full = ClaimsProcess.Run(folder.Path, "export", "--db", big, "--out", folder.File("out/reference.jsonl"));
        Assert.That(full.ExitCode, Is.Zero, full.Error);
        var complete = File.ReadAllText(folder.File("out/reference.jsonl"));
        var timer = Stopwatch.StartNew();
        ClaimsProcess.Run(folder.Path, "export", "--db", big, "--out", folder.File("out/timing.jsonl"));
        var runMilliseconds = (int)timer.ElapsedMilliseconds;
        var random = new Random(17);
        var outcomes = new HashSet<string>();

        for (var attempt = 0; attempt < 8; attempt++)
        {
            using var process = ClaimsProcess.Start(folder.Path, "export", "--db", big, "--out", target);
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            // Every other attempt is killed once its partial file holds part of the export, so that kills land mid-write
            // however fast or loaded the machine is; the others at a random time (before it opens the file, while it
            // writes, after it renamed it).
            var midWrite = attempt % 2 == 0
                ? KillOnceWriting(process, folder.File("out"))
                : !process.WaitForExit(random.Next(runMilliseconds / 4, runMilliseconds));
            if (midWrite)
                process.Kill();
            process.WaitForExit();
            var now = File.ReadAllText(target);
            Assert.That(now, Is.EqualTo("the earlier good export\n").Or.EqualTo(complete), $"attempt {attempt}");
            outcomes.Add(now == complete ? "new" : "old");
            File.WriteAllText(target, "the earlier good export\n");
        }

        TestContext.Out.WriteLine($"export of {complete.Split('\n').Length - 1} claims: {runMilliseconds} ms; outcomes seen: {string.Join(", ", outcomes)}");
        Assert.That(outcomes, Does.Contain("old"), "no kill landed during the export");
        var last = ClaimsProcess.Run(folder.Path, "export", "--db", big, "--out", target);
        Assert.That(last.ExitCode, Is.Zero);
        Assert.That(Directory.GetFiles(folder.File("out")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "export.jsonl", "reference.jsonl", "timing.jsonl" }),
            "the next export of the same file sweeps what killed ones left");
    }

    /// <summary>Waits, with no deadline (the export ends either way), until a partial file in <paramref name="outFolder"/>
    /// holds some of the output; true if the process was still running then.</summary>
    private static bool KillOnceWriting(Process process, string outFolder)
    {
        while (!process.HasExited)
        {
            if (Directory.GetFiles(outFolder, "*" + OutputFile.PartialSuffix).Any(HoldsBytes))
                return true;
            Thread.Sleep(1);
        }
        return false;

        static bool HoldsBytes(string file)
        {
            try
            {
                return new FileInfo(file).Length > 0;
            }
            catch (IOException)
            {
                return false; // renamed into place between the listing and the look
            }
        }
    }

    private static string HardLink(string existing, string link)
    {
        var ln = Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        Assert.That(ln.ExitCode, Is.Zero);
        return link;
    }
}
