namespace ClaimsLedger.Benchmarks;

/// <summary>
/// The programs the start-up section runs: `claims` published the way the README's quick start publishes it, and a .NET
/// hello world published the same way (ReadyToRun, framework-dependent, for this machine's runtime) as the floor.
/// </summary>
public static class PublishedBuilds
{
    /// <summary>The README's publish command, with the output folder appended.</summary>
    public static readonly string[] PublishCommand = ["publish", "src/ClaimsLedger.Cli", "-c", "Release", "-v", "q", "-nologo"];

    /// <summary>The `claims` executable: published into <paramref name="work"/>, or the one in <paramref name="given"/> (--claims DIR).</summary>
    public static string Claims(string repoRoot, string work, string? given, TextWriter progress)
    {
        if (given is not null)
            return Executable(given, "claims");
        var output = Path.Combine(work, "claims-published");
        progress.WriteLine($"  (publishing claims: dotnet {string.Join(' ', PublishCommand)} -o ...)");
        ChildProcesses.Measure("dotnet", [.. PublishCommand, "-o", output], repoRoot);
        return Executable(output, "claims");
    }

    /// <summary>A console program that prints one line, with the publish settings of the `claims` project.</summary>
    public static string HelloWorld(string work, TextWriter progress)
    {
        var project = Path.Combine(work, "hello");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "hello.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <RuntimeIdentifier>$(NETCoreSdkPortableRuntimeIdentifier)</RuntimeIdentifier>
                <SelfContained>false</SelfContained>
                <PublishReadyToRun>true</PublishReadyToRun>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), "Console.WriteLine(\"Hello, World!\");\n");
        progress.WriteLine("  (publishing a hello world the same way)");
        var output = Path.Combine(project, "published");
        ChildProcesses.Measure("dotnet", ["publish", "-c", "Release", "-v", "q", "-nologo", "-o", output], project);
        return Executable(output, "hello");
    }

    private static string Executable(string folder, string name)
    {
        var path = Path.Combine(Path.GetFullPath(folder), OperatingSystem.IsWindows() ? name + ".exe" : name);
        return File.Exists(path) ? path : throw new BenchmarkException($"{path}: no such program (build or publish it first)");
    }
}
