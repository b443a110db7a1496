using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Postgres;

/// <summary>A test with a temporary folder and a fresh PostgreSQL database of the CLAIMS_TEST_PG server (skipped without one).</summary>
public abstract class PostgresFolderTest
{
    protected TempFolder folder = null!;
    protected PostgresDatabase server = null!;

    [SetUp]
    public void CreateFolderAndDatabase()
    {
        folder = new TempFolder();
        server = PostgresDatabase.Create();
    }

    [TearDown]
    public void DeleteFolderAndDatabase()
    {
        server?.Dispose(); // null when SetUp was skipped (no CLAIMS_TEST_PG)
        folder.Dispose();
    }
}
