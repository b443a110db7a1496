namespace ClaimsLedger.Tests.Support;

/// <summary>Where the repository and the shared folder beside it are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared (relative to the repository): the seed corpus, gold claims and scorer. Never copied into the repo.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Ignores the test with a visible reason when <paramref name="path"/> is missing, but fails it under CI.</summary>
    public static void RequireOrIgnore(string path, string what)
    {
        if (Directory.Exists(path) || File.Exists(path))
            return;
        var message = $"{what} not found at {path}";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            Assert.Fail(message + " (CI is set, so this cannot be skipped)");
        Assert.Ignore(message);
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ClaimsLedger.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new DirectoryNotFoundException($"no ClaimsLedger.sln above {AppContext.BaseDirectory}");
    }
}
