using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Money.Registers;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Rules;
using Vc2.Steering.Evaluation;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Evaluation;

/// <summary>The effect estimate through the database (ADR 0026, section 3): the participants' weeks come from VC2's own
/// benefit register import, the comparison persons from the imported extract, and the snapshot freezes the matching.</summary>
public sealed class EffectSnapshotTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string Key = "evaluatorernes-hemmelige-noegle";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_snapshot_matches_each_participant_to_the_nearest_comparison_persons_and_reports_the_difference(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // Weeks 2012-W01 to 2015-W52; every test citizen enrolled on 1 March 2014 (2014-W09).
        var first = new IsoWeek(2012, 1);
        var weeks = Enumerable.Range(0, 208).Select(first.AddWeeks).ToList();
        var start = weeks.IndexOf(IsoWeek.Of(new DateOnly(2014, 3, 1)));
        var columns = string.Join(';', weeks.Select(w => $"y_{w.Year % 100:D2}{w.Week:D2}"));
        string Cells(Func<int, string> code) => string.Join(';', Enumerable.Range(0, weeks.Count).Select(code));

        // Citizen A is self-supporting in the first 10 weeks after the start; A2 and B stay on benefit.
        var register = $"PNR;{columns}\n"
            + $"{TestData.CprA};{Cells(i => i >= start && i < start + 10 ? "" : "140")}\n"
            + $"{TestData.CprA2};{Cells(_ => "140")}\n"
            + $"{TestData.CprB};{Cells(_ => "140")}\n";
        await using (var scope = app.SystemScope(out _))
        {
            Assert.IsType<Result<ImportReport>.Ok>(await scope.ServiceProvider.GetRequiredService<ImportBenefits>()
                .RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(register)), "dream.csv"));
        }

        // Per participant three twins (same municipality, birth year and sex; always on benefit) and one decoy whose
        // history differs (off benefit all of 2012-W10 to 2013-W09) and who is self-supporting after the start: the decoy is
        // never chosen, so the comparison group has no self-supporting week.
        var key = Encoding.UTF8.GetBytes(Key);
        var serial = 0;
        string Person(string municipality, int birthYear, Func<int, string> code) =>
            $"{Pseudonyms.Of(key, Cpr.Parse($"0101{birthYear % 100:D2}{1000 + (2 * serial++):D4}"))};{municipality};{birthYear};K;{Cells(code)}";
        // The register holder's extract holds the participants too; VC2 leaves them out.
        var extract = new StringBuilder($"PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;{columns}\n");
        extract.AppendLine($"{Pseudonyms.Of(key, Cpr.Parse(TestData.CprA))};101;1970;K;{Cells(_ => "140")}");
        foreach (var (municipality, year) in new[] { ("101", 1970), ("101", 1985), ("202", 1988) })
        {
            for (var t = 0; t < 3; t++)
            {
                extract.AppendLine(Person(municipality, year, _ => "130"));
            }

            extract.AppendLine(Person(municipality, year, i => i >= start - 104 && i < start - 52 ? "" : i >= start ? "" : "130"));
        }

        Assert.IsType<Result<ImportComparisonExtract.Report>.Ok>(await app.AsAsync<ImportComparisonExtract, Result<ImportComparisonExtract.Report>>(app.Data.Agency,
            s => s.RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(extract.ToString())), "sammenligning.csv", Key)));

        var id = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.Agency, s => s.RunAsync(EvaluationKind.Final))).Value;

        await using var check = app.SystemScope(out var db);
        var snapshot = await db.EvaluationSnapshots.FindAsync(id);
        var effect = JsonSerializer.Deserialize<EvaluationData>(snapshot!.DataJson, CreateEvaluationSnapshot.Json)!.Analysis!.Effect!;
        Assert.Equal("sammenligning.csv", effect.ExtractFile);
        Assert.Equal(12, effect.ComparisonPersons);
        var f = effect.Findings!;
        Assert.Equal(3, f.Matched);
        var half = f.SelfSupportingWeeks.Single(e => e.Weeks == 26);
        Assert.Equal(3, half.Followed);
        Assert.Equal(10.0 / 3, half.ParticipantMean, 6);
        Assert.Equal(0, half.ComparisonMean, 6);
        Assert.Equal(10.0 / 3, half.Difference, 6);
        // In week 26 nobody is in job, flexjob or education; before matching the decoys made the histories differ.
        Assert.All(f.ResultRates, r => Assert.Equal(0, r.Difference, 6));
        var history = f.BalanceTable.Single(b => b.Name.StartsWith("uger på ydelse i de 104", StringComparison.Ordinal));
        Assert.Equal(104, history.Participants, 6);
        Assert.Equal(104, history.After, 6);
        Assert.True(history.Before < 104);
        Assert.DoesNotContain(TestData.CprA, snapshot.DataJson, StringComparison.Ordinal);
        // Aggregates only: no comparison person's pseudonym, as stored or as in the file, and no participant's.
        foreach (var stored in await db.ComparisonPersons.Select(p => p.Pseudonym).ToListAsync())
        {
            Assert.DoesNotContain(stored, snapshot.DataJson, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"(?<![0-9a-f])[0-9a-f]{20}(?![0-9a-f])", snapshot.DataJson);

        // The evaluators' export carries the effect table of the newest snapshot.
        var exported = await app.AsAsync<EvaluatorExport, EvaluatorExport.Table>(app.Data.Evaluator, s => s.AnalysesAsync(CancellationToken.None));
        Assert.Contains(exported.Rows, r => (string)r[5]! == "Forskel" && (string)r[6]! == "+3,3" && (decimal?)r[7] == 3.3m);
    }
}
