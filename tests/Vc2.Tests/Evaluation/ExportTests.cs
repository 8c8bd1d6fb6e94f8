using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Evaluation;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Evaluation;

/// <summary>The evaluators' export holds no CPR number, name or free text, and its pseudonyms are stable per key.</summary>
public sealed class ExportTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string Key = "evaluatorernes-hemmelige-noegle";

    private static async Task<string> AllTextAsync(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync()).Append('\n');
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_export_contains_no_cpr_number_name_or_free_text_in_either_format(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Progress.ProgressTestData.StartPlacementAAsync(app);
        var freeText = new[] { "Hemmeligt jobmål om bagerfaget", "Personlig mentor Karen Kildevæld", "Trin ét: mød stabilt op i bageriet" };
        await using (var scope = app.SystemScope(out var db))
        {
            var citizen = await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenA);
            citizen.LongTermJobGoal = freeText[0];
            citizen.PersonalMentorName = freeText[1];
            citizen.Address = "Bagergade 7, 8000 Aarhus";
            db.ExitStrategies.Add(new Vc2.CaseWork.Citizens.ExitStrategy { JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, Target = Vc2.CaseWork.Citizens.ExitTarget.OrdinaryJob, Steps = freeText[2], CreatedBy = "test" });
            await db.SaveChangesAsync();
        }

        var evaluator = await app.LoginAsync(app.Data.Evaluator);
        foreach (var format in new[] { "Xlsx", "Csv" })
        {
            var response = await TestApp.PostFormAsync(evaluator, "/evaluering/eksport", "/evaluering/eksport",
                new Dictionary<string, string> { ["Input.ExportKey"] = Key, ["Input.Format"] = format });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await AllTextAsync(await response.Content.ReadAsByteArrayAsync());
            Assert.Contains("pseudonym", text, StringComparison.Ordinal);
            Assert.Contains("nulpunkt_borger_attendance", text, StringComparison.Ordinal);

            await using var scope = app.SystemScope(out var db);
            var people = await db.Citizens.Select(c => new[] { c.FirstName, c.LastName }).ToListAsync();
            var mentors = await db.Mentors.Select(m => m.Name).ToListAsync();
            var users = await db.Users.Select(u => u.DisplayName).ToListAsync();
            foreach (var cpr in new[] { TestData.CprA, TestData.CprA2, TestData.CprB })
            {
                Assert.DoesNotContain(cpr, text, StringComparison.Ordinal);
                Assert.DoesNotContain($"{cpr[..6]}-{cpr[6..]}", text, StringComparison.Ordinal);
            }

            foreach (var forbidden in people.SelectMany(p => p).Concat(mentors).Concat(users.Where(u => u.Length > 3)).Concat(freeText).Append("Bagergade"))
            {
                Assert.False(text.Contains(forbidden, StringComparison.OrdinalIgnoreCase), $"The {format} export contains »{forbidden}«.");
            }

            // Small counts are suppressed in the table for publication: job centre A has two citizens.
            Assert.Contains(format == "Csv" ? "101;ressourceforloeb;<5" : "&lt;5", text, StringComparison.Ordinal);
        }

        // Each export (CSV and XLSX) is in the access log of every citizen it includes (ADR 0018).
        await using var check = app.SystemScope(out var after);
        Assert.Equal(2, await after.AuditEvents.CountAsync(a => a.Action == "export" && a.CitizenId == app.Data.CitizenA && a.JobCentreId == app.Data.CentreA));
        Assert.Equal(2, await after.AuditEvents.CountAsync(a => a.Action == "export" && a.CitizenId == app.Data.CitizenB));
        Assert.Equal(0, await after.AuditEvents.CountAsync(a => a.Action == "export" && a.CitizenId == null));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pseudonyms_are_stable_per_key_and_differ_between_keys_and_only_national_users_export(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        async Task<List<string>> PseudonymsAsync(string key) =>
            (await app.AsAsync<EvaluatorExport, (EvaluatorExport.Table Data, EvaluatorExport.Table, EvaluatorExport.Table, IReadOnlyList<(Guid, Guid)>)>(app.Data.Evaluator,
                s => s.TablesAsync(key, CancellationToken.None))).Data.Rows.Select(r => (string)r[0]!).ToList();

        var first = await PseudonymsAsync(Key);
        Assert.Equal(3, first.Count);
        Assert.Equal(first, await PseudonymsAsync(Key));
        Assert.Empty(first.Intersect(await PseudonymsAsync("en-helt-anden-noegle-til-andre")));
        Assert.All(first, p => Assert.Matches("^[0-9a-f]{20}$", p));
        // The scheme the register holder uses for the comparison extract: HMAC of the CPR digits under the same key.
        Assert.Contains(Pseudonyms.Of(Encoding.UTF8.GetBytes(Key), Vc2.Platform.Security.Cpr.Parse(TestData.CprA)), first);

        Assert.IsType<Result<EvaluatorExport.Output>.NotFound>(await app.AsAsync<EvaluatorExport, Result<EvaluatorExport.Output>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(new EvaluatorExport.Input { ExportKey = Key, Format = EvaluatorExport.Format.Csv })));
        var tooShort = await app.AsAsync<EvaluatorExport, Result<EvaluatorExport.Output>>(app.Data.Evaluator,
            s => s.RunAsync(new EvaluatorExport.Input { ExportKey = "kort", Format = EvaluatorExport.Format.Csv }));
        Assert.Contains("Eksportnøglen skal være mellem 16 og 200 tegn.", Assert.IsType<Result<EvaluatorExport.Output>.Invalid>(tooShort).Errors["ExportKey"]);
    }

    [Fact]
    public async Task The_export_carries_the_newest_snapshots_analyses_and_published_assessment_in_long_form()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var empty = await app.AsAsync<EvaluatorExport, EvaluatorExport.Table>(app.Data.Evaluator, s => s.AnalysesAsync(CancellationToken.None));
        Assert.Empty(empty.Rows);

        var id = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.Agency, s => s.RunAsync(EvaluationKind.Midway))).Value;
        await app.AsAsync<WriteAssessment, Result<Guid>>(app.Data.Evaluator,
            s => s.AddAsync(id, new WriteAssessment.Input { Kind = FindingKind.Lesson, Holdepunkt = 2, Text = "Mentorkurserne skal ligge tidligt i forløbet." }));
        var draft = Assert.IsType<Result<WriteAssessment.Output>.Ok>(await app.AsAsync<WriteAssessment, Result<WriteAssessment.Output>>(app.Data.Evaluator, s => s.GetAsync(id))).Value;
        await app.AsAsync<WriteAssessment, Result<int>>(app.Data.Evaluator, s => s.PublishAsync(id, draft.DraftVersion));

        var table = await app.AsAsync<EvaluatorExport, EvaluatorExport.Table>(app.Data.Evaluator, s => s.AnalysesAsync(CancellationToken.None));
        await using var scope = app.SystemScope(out var db);
        var hash = (await db.EvaluationSnapshots.SingleAsync()).DataHash;
        Assert.All(table.Rows, r => Assert.Equal(hash, r[0]));
        Assert.Contains(table.Rows, r => (string)r[2]! == "Jobcentrene sammenlignet på lige vilkår" && (string)r[5]! == "Vurdering");
        Assert.Contains(table.Rows, r => (string)r[5]! == "Tekst" && (string)r[6]! == "Mentorkurserne skal ligge tidligt i forløbet.");
        // Without a comparison extract the effect section has only its text, no table.
        Assert.DoesNotContain(table.Rows, r => (string)r[2]! == "Effekt sammenlignet med lignende borgere uden for programmet");
    }

    [Fact]
    public void Analysis_cells_are_also_given_as_numbers_where_they_are_numbers() =>
        Assert.Equal(new decimal?[] { 12, 0.5m, 3.3m, -0.07m, 1500, 1234.5m, null, null, null, null },
            new object?[] { 12, 0.5m, "+3,3", "-0,07", "1.500", "1.234,5", "12 % (8–17 %)", "+0,8 til +5,9", "som forventet", null }.Select(EvaluatorExport.Number));

    [Fact]
    public void Counts_of_one_to_four_are_shown_as_less_than_five() =>
        Assert.Equal(["0", "<5", "<5", "5", "12"], new[] { 0, 1, 4, 5, 12 }.Select(EvaluatorExport.Suppress));
}
