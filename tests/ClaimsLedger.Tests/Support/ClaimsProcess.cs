using System.Diagnostics;

namespace ClaimsLedger.Tests.Support;

/// <summary>Starts the built `claims` executable (dotnet claims.dll) as a child process, for tests that kill it or run two at once.</summary>
public static class ClaimsProcess
{
    /// <summary>claims.dll of the CLI project, built in the same configuration as these tests.</summary>
    public static string DllPath { get; } = FindDll();

    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end; returns the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"claims {string.Join(' ', args)} did not finish in 5 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string FindDll()
    {
#if DEBUG
        const string Configuration = "Debug";
#else
        const string Configuration = "Release";
#endif
        var built = Path.Combine(RepositoryPaths.Root, "src", "ClaimsLedger.Cli", "bin", Configuration, "net10.0", "claims.dll");
        if (File.Exists(built))
            return built;
        var beside = Path.Combine(AppContext.BaseDirectory, "claims.dll");
        return File.Exists(beside) ? beside : throw new FileNotFoundException("claims.dll not found; build the solution first", built);
    }
}
