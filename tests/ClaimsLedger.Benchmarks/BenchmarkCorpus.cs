using System.Text;

namespace ClaimsLedger.Benchmarks;

/// <summary>
/// The ingest corpus: the seed transcripts copied until the total reaches the wanted size, each copy made distinct by a
/// last line "Copy N" (so its SHA-256 differs and the ledger stores it as a new document). Written to a temp folder.
/// </summary>
public sealed class BenchmarkCorpus
{
    private BenchmarkCorpus(string folder, IReadOnlyList<string> files, long bytes)
    {
        Folder = folder;
        Files = files;
        Bytes = bytes;
    }

    public string Folder { get; }
    public IReadOnlyList<string> Files { get; }
    public long Bytes { get; }

    /// <summary>The seed files (sorted), or a one-line error naming the folder and problem.</summary>
    public static IReadOnlyList<string> SeedFiles(string seedsFolder)
    {
        if (!Directory.Exists(seedsFolder))
            throw new BenchmarkException($"{seedsFolder}: seed corpus folder not found (expected ../shared/corpus/seeds next to the repository; give another with --seeds DIR)");
        var files = Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new BenchmarkException($"{seedsFolder}: no .txt seed transcripts in the folder");
        return files;
    }

    public static BenchmarkCorpus Build(IReadOnlyList<string> seeds, string folder, long targetBytes)
    {
        Directory.CreateDirectory(folder);
        var seedBytes = seeds.Select(File.ReadAllBytes).ToList();
        var files = new List<string>();
        long total = 0;
        for (var copy = 1; total < targetBytes; copy++)
        {
            for (var i = 0; i < seeds.Count && total < targetBytes; i++)
            {
                var path = Path.Combine(folder, $"copy{copy:D4}_{Path.GetFileName(seeds[i])}");
                using (var stream = File.Create(path))
                {
                    stream.Write(seedBytes[i]);
                    stream.Write(Encoding.UTF8.GetBytes($"\n\nCopy {copy}\n"));
                    total += stream.Length;
                }
                files.Add(path);
            }
        }
        return new BenchmarkCorpus(folder, files, total);
    }

    /// <summary>The first files of the corpus adding up to at least <paramref name="bytes"/>.</summary>
    public IReadOnlyList<string> Sample(long bytes)
    {
        var sample = new List<string>();
        long total = 0;
        foreach (var file in Files)
        {
            if (total >= bytes)
                break;
            sample.Add(file);
            total += new FileInfo(file).Length;
        }
        return sample;
    }

    public static long SizeOf(IEnumerable<string> files) => files.Sum(f => new FileInfo(f).Length);
}

/// <summary>A problem that stops the benchmark, with a one-line message.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
