using System.CommandLine;
using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Cli.Commands;

/// <summary>
/// `claims conflicts [--db FILE] [--metric M] [--format text|md|jsonl|csv] [--fail-on-conflict] [--store]`: every pair of
/// figures for the same metric and period, conflicts first; with --store the pairs the report holds replace those of
/// table claim_pairs. Exit code 1 with --fail-on-conflict when any pair conflicts, 2 when the ledger or the rates cannot
/// be read or the pairs cannot be stored.
/// </summary>
public static class ConflictsCommand
{
    public const string DefaultDatabase = "claims.db";
    public const int ConflictExitCode = 1;
    public const int InputErrorExitCode = 2;

    /// <param name="loadClaims">Reads the claims of the ledger at a path, of one metric or (null) all of them.</param>
    public static Command Create(Func<string, string?, IReadOnlyList<StoredClaim>> loadClaims) =>
        CreateStreamed((path, metric) => ClaimBlocks.InMemory(loadClaims(path, metric)));

    /// <param name="openClaims">Opens the claims of the ledger at a path, of one metric or (null) all of them, as blocks
    /// read one metric after another (see <see cref="StreamedPairReport"/>): the ledger is never held in memory.</param>
    public static Command CreateStreamed(Func<string, string?, ClaimBlocks> openClaims)
    {
        var db = LedgerOptions.Database();
        var metric = new Option<string?>("--metric") { Description = "Only this metric (case-insensitive)" };
        var format = new Option<string>("--format") { Description = "text, md, jsonl or csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(PairReportWriter.FormatNames);
        var failOnConflict = new Option<bool>("--fail-on-conflict") { Description = "Exit with code 1 when any pair conflicts" };
        var status = new Option<string[]>("--status")
        {
            Description = "Only pairs of these statuses (conflict, compatible, same, republished)",
            AllowMultipleArgumentsPerToken = true,
        };
        status.AcceptOnlyFromAmong([.. Enum.GetValues<PairStatus>().Select(s => s.ToName())]);
        var limit = new Option<int?>("--limit") { Description = "Print at most this many pairs (the summary still counts all)" };
        var all = new Option<bool>("--all") { Description = "Print republished pairs too (by default only counted)" };
        var store = new Option<bool>("--store")
        {
            Description = "Store the pairs the report holds (printed or not) in table claim_pairs, replacing those stored before",
        };
        var filters = new FilterOptions();

        var command = new Command("conflicts", "Compare every stated figure of a metric with the others of its period: conflicts first")
        {
            db, metric, format, failOnConflict, status, limit, all, store,
        };
        filters.AddTo(command);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(db)!;
            var wanted = parseResult.GetValue(metric);
            var wantedKey = wanted is null ? null : ComparisonEngine.MetricKey(wanted);
            var reportFormat = PairReportWriter.ParseFormat(parseResult.GetValue(format)!);
            SpillFiles.SweepStale(); // what a killed run (SIGKILL) left in the temp folder
            if (filters.Read(parseResult, error) is not { } filter)
                return InputErrorExitCode;
            if (parseResult.GetValue(limit) is < 0)
            {
                error.WriteLine("--limit: must be 0 or more");
                return InputErrorExitCode;
            }
            var statuses = (parseResult.GetValue(status) ?? []).Select(s => Enum.Parse<PairStatus>(s, ignoreCase: true)).ToHashSet();
            var view = new PairView
            {
                Include = pair => (statuses.Count == 0 || statuses.Contains(pair.Status)) && (filter.IsEmpty || filter.Matches(pair)),
                PrintRepublished = parseResult.GetValue(all) || statuses.Contains(PairStatus.Republished),
                Limit = parseResult.GetValue(limit),
            };
            if (!ComparisonInputs.TryOpen(openClaims, path, wanted, error, "conflicts", out var claims, out var rates))
                return InputErrorExitCode;

            StreamedPairReport report;
            var engine = new ComparisonEngine(rates);
            using var toStore = parseResult.GetValue(store) ? new PairsToStore() : null;
            using (claims)
            {
                try
                {
                    report = StreamedPairReport.Compare(claims.OfMetricKey(wantedKey), engine, reportFormat, view: view,
                        held: toStore is null ? null : toStore.Add);
                }
                catch (Exception problem) when (problem is not OperationCanceledException)
                {
                    error.WriteLine($"claims conflicts: {LedgerOptions.DisplayName(path)}: {problem.Message}");
                    return InputErrorExitCode;
                }
            }
            using (report)
            {
                if (toStore is not null && !StoredPairs.TryReplace(path, toStore, error))
                    return InputErrorExitCode;
                report.WriteTo(output);
            }
            ComparisonInputs.WarnOfDegenerateGroups(engine, error);
            return parseResult.GetValue(failOnConflict) && report.Counts.Conflict > 0 ? ConflictExitCode : 0;
        });
        return command;
    }
}

/// <summary>Reading what both comparison commands need, with one-line errors naming the file.</summary>
internal static class ComparisonInputs
{
    /// <summary>One warning line per metric and period too large to compare claim by claim (see <see cref="ComparisonEngine.DegenerateGroups"/>).</summary>
    public static void WarnOfDegenerateGroups(ComparisonEngine engine, TextWriter error)
    {
        foreach (var group in engine.DegenerateGroups.Take(20))
            error.WriteLine($"warning: {ClaimText.Field(group)}");
        if (engine.DegenerateGroups.Count > 20)
            error.WriteLine($"warning: ... and {engine.DegenerateGroups.Count - 20} more groups like these");
    }

    /// <summary>Opens the claims for a streamed comparison (nothing is read yet) and loads the rates.</summary>
    public static bool TryOpen(
        Func<string, string?, ClaimBlocks> openClaims,
        string databasePath,
        string? metric,
        TextWriter error,
        string commandName,
        out ClaimBlocks claims,
        out CurrencyRates rates)
    {
        claims = null!;
        rates = null!;
        if (LedgerOptions.IsMissingFile(databasePath))
        {
            error.WriteLine($"claims {commandName}: {databasePath}: no such ledger file");
            return false;
        }
        try
        {
            claims = openClaims(databasePath, metric);
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            error.WriteLine(problem is Ledger.LedgerException ? problem.Message : $"claims {commandName}: {LedgerOptions.DisplayName(databasePath)}: {problem.Message}");
            return false;
        }
        if (TryLoadRates(error, commandName, out rates))
            return true;
        claims.Dispose();
        return false;
    }

    private static bool TryLoadRates(TextWriter error, string commandName, out CurrencyRates rates)
    {
        rates = null!;
        try
        {
            rates = CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data"));
            return true;
        }
        catch (Exception problem) when (problem is IOException or InvalidDataException)
        {
            error.WriteLine($"claims {commandName}: {problem.Message}");
            return false;
        }
    }

    public static bool TryLoad(
        Func<string, string?, IReadOnlyList<StoredClaim>> loadClaims,
        string databasePath,
        string? metric,
        TextWriter error,
        string commandName,
        out IReadOnlyList<StoredClaim> claims,
        out CurrencyRates rates)
    {
        claims = [];
        rates = null!;
        if (LedgerOptions.IsMissingFile(databasePath))
        {
            error.WriteLine($"claims {commandName}: {databasePath}: no such ledger file");
            return false;
        }
        try
        {
            var wantedKey = metric is null ? null : ComparisonEngine.MetricKey(metric);
            claims = loadClaims(databasePath, metric)
                .Where(c => wantedKey is null || ComparisonEngine.MetricKey(c.Claim.Metric) == wantedKey)
                .ToList();
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            error.WriteLine(problem is Ledger.LedgerException ? problem.Message : $"claims {commandName}: {LedgerOptions.DisplayName(databasePath)}: {problem.Message}");
            return false;
        }
        return TryLoadRates(error, commandName, out rates);
    }
}
