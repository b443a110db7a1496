using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimsLedger.Linguistics;
using ClaimsLedger.Training;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var root = FindRoot();
var settings = TrainingSettings.Parse(args, root, Console.Error);
if (settings is null)
    return 2;
string File(string split) => Path.Combine(settings.TreebankFolder, $"en_ewt-ud-{split}.conllu");
foreach (var split in new[] { "train", "dev", "test" })
{
    if (!System.IO.File.Exists(File(split)))
    {
        Console.Error.WriteLine($"{File(split)}: not found (--ud names the UD English EWT folder)");
        return 2;
    }
}

var clock = Stopwatch.StartNew();
var train = TreebankSentence.ReadFile(File("train"));
var dev = TreebankSentence.ReadFile(File("dev"));
var test = TreebankSentence.ReadFile(File("test"));
Console.WriteLine($"train {train.Count} sentences, dev {dev.Count}, test {test.Count}");

var tags = train.SelectMany(s => s.Upos).Distinct().Order(StringComparer.Ordinal).ToArray();
var labels = train.SelectMany(s => s.Deprels).Distinct().Order(StringComparer.Ordinal).ToArray();
var tagger = TaggerTrainer.Train(train, tags, settings.TaggerEpochs, settings.Seed, settings.TaggerThreshold);
Console.WriteLine($"tagger trained ({Cpu()})");
var trainingTags = TrainingTags.Of(train, tagger, tags, settings);
Console.WriteLine($"parser training tags ready ({Cpu()})");
var parserWeights = ParserTrainer.Train(train, trainingTags, labels, settings.ParserEpochs, settings.Seed);
Console.WriteLine($"parser trained ({Cpu()}), {parserWeights.Rows} feature rows");
var parser = new DependencyParser(labels, parserWeights.Finish(settings.ParserThreshold));

var model = new LinguisticModel(TokenizerRules.Learn(File("train"), train), tagger, Lemmatizer.Learn(train), parser);
var path = Path.Combine(settings.OutputFolder, SentenceParser.ModelFileName);
model.Save(path);
var load = Stopwatch.StartNew();
var shipped = SentenceParser.Load(path);
var loadMs = load.Elapsed.TotalMilliseconds;
var devScore = TreebankEvaluation.Of(shipped, dev);
var testScore = TreebankEvaluation.Of(shipped, test);
var bytes = new FileInfo(path).Length;
Console.WriteLine($"model {path}: {bytes / 1e6:0.00} MB, loads in {loadMs:0} ms; tagger {(shipped.Model.Tagger.Weights as SparseWeights)?.Entries} weights, parser {(shipped.Model.Parser.Weights as SparseWeights)?.Entries} weights");
Console.WriteLine($"dev  {devScore}");
Console.WriteLine($"test {testScore}");

var record = new TrainingRecord(
    "dotnet run -c Release --project src/ClaimsLedger.Training",
    "UD English EWT v2.15 (../shared/ud), CC BY-SA 4.0",
    settings.Seed, settings.TaggerEpochs, settings.ParserEpochs, settings.Folds, bytes, devScore, testScore);
System.IO.File.WriteAllText(Path.Combine(settings.OutputFolder, TrainingRecord.FileName),
    JsonSerializer.Serialize(record, TrainingRecord.Json) + "\n");
Console.WriteLine($"done ({Cpu()})");
return 0;

string Cpu() => $"{clock.Elapsed.TotalSeconds:0} s, {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0} s CPU";

static string FindRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ClaimsLedger.sln")))
                return dir.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
