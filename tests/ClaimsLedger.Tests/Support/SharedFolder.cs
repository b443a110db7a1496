namespace ClaimsLedger.Tests.Support;

/// <summary>
/// The material kept beside the repository in ../shared (real transcripts, gold annotations, the scorer). Tests that
/// need it are skipped with a visible reason where it is absent, and fail instead when the CI variable is set.
/// </summary>
internal static class SharedFolder
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimsLedger.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ClaimsLedger.sln not found above the test folder");
    }

    /// <summary>The path of something under ../shared, or ignore/fail the test when it is not there.</summary>
    public static string Require(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([RepositoryRoot(), "..", "shared", .. parts]));
        if (!File.Exists(path) && !(Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any()))
        {
            var reason = $"{path} not found: this test needs the shared corpus beside the repository";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail(reason + " (CI is set, so it may not be skipped)");
            }

            Assert.Ignore(reason);
        }

        return path;
    }
}
