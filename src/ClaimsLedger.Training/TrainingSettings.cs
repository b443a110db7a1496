using System.Globalization;

namespace ClaimsLedger.Training;

/// <summary>The training command line. Every default is the one the shipped model was trained with.</summary>
internal sealed record TrainingSettings(string TreebankFolder, string OutputFolder, int Seed, int TaggerEpochs, int ParserEpochs, int Folds, float TaggerThreshold, float ParserThreshold)
{
    public const string Usage = """
        usage: dotnet run -c Release --project src/ClaimsLedger.Training -- [--ud DIR] [--out DIR]
          --ud DIR   the UD English EWT folder with en_ewt-ud-{train,dev,test}.conllu (default: ../shared/ud)
          --out DIR  where en_ewt.model and en_ewt.training.json are written (default: data/models)
          for experiments only (the shipped model uses the defaults): --tagger-epochs N --parser-epochs N --folds N
        """;

    public static TrainingSettings? Parse(string[] args, string root, TextWriter error)
    {
        string ud = Path.Combine(root, "..", "shared", "ud"), output = Path.Combine(root, "data", "models");
        int taggerEpochs = 8, parserEpochs = 8, folds = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--ud" when i + 1 < args.Length:
                    ud = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--tagger-epochs" when i + 1 < args.Length:
                    taggerEpochs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--parser-epochs" when i + 1 < args.Length:
                    parserEpochs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--folds" when i + 1 < args.Length:
                    folds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    error.WriteLine($"unknown argument '{args[i]}'");
                    error.WriteLine(Usage);
                    return null;
            }
        }
        return new TrainingSettings(Path.GetFullPath(ud), Path.GetFullPath(output), Seed: 20241115, TaggerEpochs: taggerEpochs,
            ParserEpochs: parserEpochs, Folds: folds, TaggerThreshold: 0.05f, ParserThreshold: 0.05f);
    }
}
