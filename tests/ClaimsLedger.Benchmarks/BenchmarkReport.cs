using System.Globalization;
using System.Text.Json;

namespace ClaimsLedger.Benchmarks;

/// <summary>One measured figure: printed as a table row and written to the JSON results.</summary>
public sealed record Measurement(string Section, string Name, double Value, string Unit, string? Note = null);

/// <summary>A target of issue 5 and whether the run met it.</summary>
public sealed record TargetCheck(string Target, string Measured, bool Pass);

/// <summary>Collects measurements and target checks; prints them as they come and writes them as JSON at the end.</summary>
public sealed class BenchmarkReport(TextWriter output)
{
    private readonly List<Measurement> measurements = [];
    private readonly List<TargetCheck> targets = [];
    private readonly Dictionary<string, object> facts = [];

    public IReadOnlyList<Measurement> Measurements => measurements;
    public IReadOnlyList<TargetCheck> Targets => targets;

    public void Section(string title)
    {
        output.WriteLine();
        output.WriteLine($"== {title}");
    }

    public double Add(string section, string name, double value, string unit, string? note = null)
    {
        measurements.Add(new Measurement(section, name, value, unit, note));
        output.WriteLine($"  {name,-58} {Format(value),14} {unit,-10}{(note is null ? "" : "  " + note)}");
        return value;
    }

    public void Fact(string name, object value)
    {
        facts[name] = value;
        output.WriteLine($"  {name,-58} {value}");
    }

    public void Target(string target, string measured, bool pass) => targets.Add(new TargetCheck(target, measured, pass));

    public void PrintTargets()
    {
        Section("Targets");
        foreach (var t in targets)
            output.WriteLine($"  {(t.Pass ? "PASS" : "FAIL")}  {t.Target,-52} measured: {t.Measured}");
    }

    public void WriteJson(string path, BenchmarkSettings settings, TimeSpan elapsed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var document = new
        {
            mode = settings.Quick ? "quick" : "full",
            machine = new
            {
                cores = Environment.ProcessorCount,
                os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            },
            startedUtc = DateTime.UtcNow.Subtract(elapsed).ToString("o", CultureInfo.InvariantCulture),
            elapsedSeconds = Math.Round(elapsed.TotalSeconds, 1),
            facts,
            measurements = measurements.Select(m => new
            {
                section = m.Section,
                name = m.Name,
                value = double.IsFinite(m.Value) ? m.Value : (double?)null,
                unit = m.Unit,
                note = m.Note,
            }),
            targets = targets.Select(t => new { target = t.Target, measured = t.Measured, pass = t.Pass }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }

    public static string Format(double value) =>
        !double.IsFinite(value) ? "n/a"
        : Math.Abs(value) >= 1000 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("0.0", CultureInfo.InvariantCulture)
        : value.ToString("0.000", CultureInfo.InvariantCulture);
}
