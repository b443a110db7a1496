using System.Text;
using ClaimsLedger.Ingest;
using ClaimsLedger.Ledger;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ingest;

public class ManyFilesTests
{
    [Test]
    public void A_hundred_thousand_tiny_files_stream_through_without_exhausting_handles_or_memory()
    {
        const int Count = 100_000;
        using var folder = new TempFolder(inMemory: true);
        for (var d = 0; d < Count / 1000; d++)
        {
            var sub = Directory.CreateDirectory(folder.File($"tiny/{d:D3}")).FullName;
            for (var i = d * 1000; i < (d + 1) * 1000; i++)
                File.WriteAllBytes(Path.Combine(sub, $"{i:D6}.txt"), Encoding.UTF8.GetBytes($"Note {i}: we built {i} bridges.\n"));
        }
        using var ledger = LedgerDatabase.Open(folder.File("ledger.db"));
        var handlesBefore = OpenHandles();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var maxHandles = 0;
        var seen = 0;

        var result = new IngestPipeline(ledger, new FakeClaimExtractor()).Run([folder.File("tiny")], new IngestOptions(EventDate: new DateOnly(2024, 1, 1)),
            _ =>
            {
                if (++seen % 10_000 == 0)
                    maxHandles = Math.Max(maxHandles, OpenHandles());
            });

        Assert.That((result.Added, result.Failed, result.ClaimsAdded), Is.EqualTo((Count, 0, Count)));
        Assert.That(maxHandles, Is.LessThan(handlesBefore + 10));
        Assert.That(GC.GetTotalMemory(forceFullCollection: true) - memoryBefore, Is.LessThan(50L * 1024 * 1024));
        Assert.That(ledger.Documents.Count(), Is.EqualTo(((long)Count, (long)Count)));
    }

    private static int OpenHandles() => Directory.GetFiles("/proc/self/fd").Length;
}
