using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;
using Vc2.Demo;
using Vc2.Rules.Engine;
using Vc2.Rules.Json;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

public sealed class StatementTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_statement_in_the_app_equals_vc2_settle_on_the_same_data_exported_as_a_scenario(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, seedTestData: false);
        var today = new DateOnly(2015, 6, 15);
        await using (var scope = app.SystemScope(out _))
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().RunAsync(citizensPerCentre: 25, today: today);
            await Vc2.Demo.DemoStartup.LoadDemoRegistersAsync(scope.ServiceProvider, today);
        }

        Guid agency;
        await using (var scope = app.SystemScope(out var db))
        {
            agency = await db.Users.Where(u => u.UserName == "demo-styrelse").Select(u => u.Id).SingleAsync();
            Assert.True(await db.BenefitWeeks.CountAsync() > 1000);
        }

        var client = await app.LoginAsync(agency);
        var statementJson = await client.GetStringAsync("/api/v1/grants/statement?asOf=2015-06-15");
        var scenarioJson = await client.GetStringAsync("/api/v1/grants/scenario?asOf=2015-06-15");

        // vc2 settle, as a process, on the exported file.
        var file = Path.Combine(Path.GetTempPath(), $"vc2-export-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, scenarioJson);
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "vc2.dll"), "settle", file })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(info)!;
            var stdout = await process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, stderr);
            Assert.Equal(stdout, statementJson);
        }
        finally
        {
            File.Delete(file);
        }

        // And the demo earns real money: activity for courses and results from the register.
        var statement = await ScenarioJson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(scenarioJson)));
        var settledStatement = new GrantEngine().Settle(statement);
        Assert.Equal(3, settledStatement.JobCentres.Count);
        Assert.All(settledStatement.JobCentres, c => Assert.True(c.ActivityGrant > 0, c.Name));
        Assert.Contains(settledStatement.JobCentres, c => c.ResultGrant > 0);
        Assert.Equal("2015-W24", settledStatement.RegisterCoveredThrough.ToString());

        // One citizen's drill-down reads only that citizen's rows and settles to the same lines as the whole statement.
        var sample = settledStatement.JobCentres.SelectMany(c => c.Citizens).Where(c => c.ResultGrant > 0 || c.ActivityGrant > 0).Take(12).ToList();
        Assert.NotEmpty(sample);
        await using (var scope = app.SystemScope(out _))
        {
            var drill = scope.ServiceProvider.GetRequiredService<Vc2.Money.Grants.GetCitizenStatement>();
            foreach (var expected in sample)
            {
                var output = Assert.IsType<Vc2.Platform.Common.Result<Vc2.Money.Grants.GetCitizenStatement.Output>.Ok>(await drill.RunAsync(Guid.Parse(expected.Id), today)).Value;
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(output.Statement));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_project_leader_opens_the_statement_and_drills_into_a_citizens_explanation(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var scope = await app.UserScopeAsync(app.Data.CaseworkerA))
        {
            var start = scope.ServiceProvider.GetRequiredService<Vc2.CaseWork.Placements.StartPlacement>();
            await start.RunAsync(app.Data.CitizenA, new Vc2.CaseWork.Placements.StartPlacement.Input
            {
                CompanyId = app.Data.CompanyA, MentorId = app.Data.MentorOfCompanyA, Start = new DateOnly(2025, 1, 6),
            });
        }

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var page = await leader.GetStringAsync("/tilskud?dato=2015-06-30");
        Assert.Contains("Jobcenter Alfa", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Jobcenter Beta", page, StringComparison.Ordinal);
        Assert.Contains("825.000,00 kr.", page, StringComparison.Ordinal);

        var drill = await leader.GetStringAsync($"/tilskud/borger/{app.Data.CitizenA}?dato=2025-06-30");
        Assert.Contains("Tilskud for Anders Alfasen", drill, StringComparison.Ordinal);
        Assert.Contains("Forløb 6. januar 2025", drill, StringComparison.Ordinal);
        Assert.Contains("ligger uden for projektperioden", drill, StringComparison.Ordinal);

        var csv = await leader.GetStringAsync("/tilskud?handler=Csv&dato=2025-06-30");
        Assert.Contains("Jobcenter;Fast tilskud;Aktivitetstilskud", csv, StringComparison.Ordinal);
        Assert.Contains("Jobcenter Alfa;825000,00;", csv, StringComparison.Ordinal);
        Assert.Contains("Anders Alfasen", csv, StringComparison.Ordinal);

        var xlsx = await leader.GetByteArrayAsync("/api/v1/grants/statement.xlsx?asOf=2025-06-30");
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx)))
        {
            Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
            using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
            var sheet = System.Xml.Linq.XDocument.Parse(await reader.ReadToEndAsync()); // well-formed
            // The name is an inline string of the citizens' sheet (the Open XML SDK writes the spreadsheet namespace with a prefix).
            System.Xml.Linq.XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            Assert.Contains(sheet.Descendants(main + "is").Select(i => i.Element(main + "t")),
                t => t is not null && t.Value == "Anders Alfasen" && (string?)t.Attribute(System.Xml.Linq.XNamespace.Xml + "space") == "preserve");
        }

        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.GetAsync("/tilskud")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/v1/grants/statement.csv")).StatusCode);

        await using var check = app.SystemScope(out var db);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.CitizenId == app.Data.CitizenA && a.Source == "GET /tilskud/borger/{id:guid}"));
        Assert.DoesNotContain("(ikke i målgruppen)", page, StringComparison.Ordinal);
    }
}
