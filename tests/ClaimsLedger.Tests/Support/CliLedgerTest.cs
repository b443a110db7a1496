namespace ClaimsLedger.Tests.Support;

/// <summary>
/// A test of the claims command on a ledger of its own: a temporary folder made before each test and deleted after it,
/// the command run in process over the folder's data/ (with <see cref="MetricCatalogue"/> as its metrics.json), and the
/// path of the ledger in the folder.
/// </summary>
public abstract class CliLedgerTest
{
    protected TempFolder Folder { get; private set; } = null!;

    protected CliRunner Claims { get; private set; } = null!;

    protected string Db { get; private set; } = null!;

    /// <summary>The contents of data/metrics.json; null writes none.</summary>
    protected virtual string? MetricCatalogue => null;

    [SetUp]
    public void CreateLedgerFolder()
    {
        Folder = new TempFolder();
        if (MetricCatalogue is { } metrics) Folder.Write("data/metrics.json", metrics);
        Claims = new CliRunner(Folder.File("data"));
        Db = Folder.File("test.db");
    }

    [TearDown]
    public void DeleteLedgerFolder() => Folder.Dispose();
}
