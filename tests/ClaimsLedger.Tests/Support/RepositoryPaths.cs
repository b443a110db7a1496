namespace ClaimsLedger.Tests.Support;

/// <summary>Where the repository and the shared folder beside it are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The path of something under ../shared (the seed corpus, gold claims and scorer, never copied into the repository).
    /// Where it is absent the test is ignored with the reason shown, and fails instead when the CI variable is set, so
    /// that CI can never pass by skipping.
    /// </summary>
    public static string RequireShared(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));
        if (File.Exists(path) || Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
            return path;
        var message = $"{path} not found: this test needs the shared corpus beside the repository";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            Assert.Fail(message + " (CI is set, so it may not be skipped)");
        Assert.Ignore(message);
        return path;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ClaimsLedger.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new DirectoryNotFoundException($"no ClaimsLedger.sln above {AppContext.BaseDirectory}");
    }
}
