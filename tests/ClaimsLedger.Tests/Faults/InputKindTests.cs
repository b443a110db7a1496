using System.Diagnostics;
using System.Net.Sockets;
using ClaimsLedger.Ingest;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Inputs that are not plain files, or are files by another name: links are judged by what they point to (a link to
/// /dev/zero is a device, a link to a big file obeys --max-size-mb, a linked transcript in a folder is read and reported),
/// devices, FIFOs and sockets get the one-line error without being opened, and limits hold for the bytes read.
/// </summary>
[NonParallelizable]
public class InputKindTests : CliLedgerTest
{
    [SetUp]
    public void Create()
    {
        Directory.CreateDirectory(Folder.File("in"));
    }

    /// <summary>Runs ingest on a thread of its own: a reader that opened a FIFO would wait forever, which fails here instead.</summary>
    private CliResult Ingest(params string[] args)
    {
        var run = Task.Run(() => Claims.Run(["ingest", .. args, "--db", Db, "--event-date", "2024-01-01"]));
        Assert.That(run.Wait(TimeSpan.FromMinutes(3)), Is.True, "ingest hung on an input");
        return run.Result;
    }

    private static void AssertFailedLine(CliResult result, string path, string problem) =>
        Assert.That(result.Output.Split('\n').Where(l => l.Contains(path, StringComparison.Ordinal)),
            Is.EqualTo(new[] { $"failed     {path}: {problem}" }), result.Output);

    [Test]
    public void A_link_to_dev_zero_is_refused_as_a_device_and_the_other_files_still_go_in()
    {
        var good = Folder.Write("in/a.txt", "Briefing\nWe built 120 bridges.\n");
        var zero = File.CreateSymbolicLink(Folder.File("in/zero.txt"), "/dev/zero").FullName;

        var result = Ingest(Folder.File("in"));

        AssertFailedLine(result, zero, "is a character device, not a regular file");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(LedgerContents.DocumentPaths(Db), Is.EqualTo(new[] { good }));
    }

    [Test]
    public void A_link_to_a_file_over_the_limit_is_refused_by_the_size_of_its_target()
    {
        var big = Folder.WriteBytes("big.bin", new byte[2 * 1024 * 1024]);
        var link = File.CreateSymbolicLink(Folder.File("in/big.txt"), big).FullName;

        var result = Ingest(link, "--max-size-mb", "1");

        AssertFailedLine(result, link, "too large (2,097,152 bytes; the limit is 1,048,576)");
    }

    [Test]
    public void A_linked_transcript_in_a_folder_is_read_and_reported_like_a_file()
    {
        var real = Folder.Write("elsewhere/real.txt", "Briefing\nWe built 120 bridges.\n");
        var link = File.CreateSymbolicLink(Folder.File("in/linked.txt"), real).FullName;

        var result = Ingest(Folder.File("in"));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"added      {link}: document 1, 1 claims"));
        Assert.That(LedgerContents.DocumentPaths(Db), Is.EqualTo(new[] { link }));
    }

    [Test]
    public void A_broken_link_and_a_link_to_a_folder_inside_a_folder_are_reported_not_skipped()
    {
        Folder.Write("in/a.txt", "Briefing\nWe built 120 bridges.\n");
        var broken = File.CreateSymbolicLink(Folder.File("in/broken.txt"), Folder.File("nowhere.txt")).FullName;
        Directory.CreateDirectory(Folder.File("other"));
        var folderLink = Directory.CreateSymbolicLink(Folder.File("in/loop"), Folder.File("in")).FullName;

        var result = Ingest(Folder.File("in"));

        AssertFailedLine(result, broken, "broken symbolic link (its target does not exist)");
        AssertFailedLine(result, folderLink, "is a link to a folder (links to folders inside a folder are not followed)");
    }

    [Test]
    public void Devices_fifos_and_sockets_get_one_line_each_and_none_is_opened()
    {
        var fifo = Folder.File("in/pipe.txt");
        Directory.CreateDirectory(Folder.File("in"));
        Run("mkfifo", fifo);
        var bareFifo = Folder.File("in/fifo"); // no extension: a folder's such files are looked into, never a FIFO
        Run("mkfifo", bareFifo);
        var socketPath = Folder.File("in/socket.txt");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        var good = Folder.Write("in/z.txt", "Briefing\nWe built 120 bridges.\n");

        var result = Ingest(Folder.File("in"), "/dev/null", "/dev/zero");

        AssertFailedLine(result, fifo, "is a FIFO (named pipe), not a regular file");
        AssertFailedLine(result, bareFifo, "is a FIFO (named pipe), not a regular file");
        AssertFailedLine(result, socketPath, "is a socket, not a regular file");
        AssertFailedLine(result, "/dev/null", "is a character device, not a regular file");
        AssertFailedLine(result, "/dev/zero", "is a character device, not a regular file");
        Assert.That(LedgerContents.DocumentPaths(Db), Is.EqualTo(new[] { good }));
        Assert.That(result.Output + result.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void A_stream_longer_than_the_limit_is_cut_off_at_the_limit_whatever_its_length_claims()
    {
        using var endless = new EndlessStream();

        Assert.That(BoundedRead.ReadAtMost(endless, 1 << 20), Is.Null);
        Assert.That(endless.Served, Is.LessThanOrEqualTo((1 << 20) + (1 << 16)), "reading stops at the limit");
        Assert.That(BoundedRead.ReadAtMost(new MemoryStream(new byte[1000]), 1000), Has.Length.EqualTo(1000));
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, program);
    }

    /// <summary>A non-seekable stream that never ends (as /dev/zero read through a link would be).</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
