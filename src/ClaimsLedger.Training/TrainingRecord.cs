using System.Text.Json;
using ClaimsLedger.Linguistics;

namespace ClaimsLedger.Training;

/// <summary>What the training command printed, written beside the model (en_ewt.training.json); the tests check the shipped model against it.</summary>
internal sealed record TrainingRecord(string Command, string Treebank, int Seed, int TaggerEpochs, int ParserEpochs, int JackknifeFolds,
    long ModelBytes, TreebankEvaluation Dev, TreebankEvaluation Test)
{
    public const string FileName = "en_ewt.training.json";

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
