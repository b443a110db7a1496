using System.Diagnostics;

namespace ClaimsLedger.Tests.Support;

/// <summary>
/// Runs the `claims` executable so that file permissions apply to it. chmod 000 does not stop root (CAP_DAC_OVERRIDE
/// and CAP_DAC_READ_SEARCH bypass it), so as root the child runs through `setpriv` with those two capabilities dropped
/// from its bounding set; as any other user it runs as itself. Where neither works the test is ignored, saying why.
/// </summary>
public static class PermissionBoundClaims
{
    private static readonly string[] DropFileOverride = ["--bounding-set", "-dac_override,-dac_read_search"];

    private static readonly Lazy<string?> Unavailable = new(FindWhyUnavailable);

    /// <summary>Ignores the test, with the reason, when this machine cannot run a process that chmod stops.</summary>
    public static void RequireOrIgnore()
    {
        if (Unavailable.Value is { } reason)
            Assert.Ignore(reason);
    }

    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        RequireOrIgnore();
        var info = Environment.IsPrivilegedProcess ? new ProcessStartInfo("setpriv", [.. DropFileOverride, "dotnet"]) : new ProcessStartInfo("dotnet");
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.ArgumentList.Add(ClaimsProcess.DllPath);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"claims {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Whether a file with mode 000 is unreadable to <see cref="Run"/>'s child: probed with `cat` the same way.</summary>
    private static string? FindWhyUnavailable()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return "file modes (chmod) are a Unix test";
        var probe = Path.Combine(Path.GetTempPath(), "claims-chmod-probe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(probe, "secret");
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            var info = Environment.IsPrivilegedProcess ? new ProcessStartInfo("setpriv", [.. DropFileOverride, "cat", probe]) : new ProcessStartInfo("cat", [probe]);
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode != 0
                ? null
                : "running as root, and setpriv could not drop CAP_DAC_OVERRIDE: chmod 000 does not stop root, so no file can be made unreadable";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"running as root without setpriv ({e.Message}): chmod 000 does not stop root, so no file can be made unreadable";
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
