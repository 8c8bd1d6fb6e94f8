using System.Net;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Placements;
using Vc2.Rules.Engine;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.CaseWork;

public sealed class CaseWorkAuditTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_case_pages_and_endpoints_audit_each_read_of_the_citizens_data(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerB);
        foreach (var url in new[]
                 {
                     $"/forloeb/{app.Data.PlacementB}", $"/aftaler/{app.Data.AgreementB}", $"/api/v1/citizens/{app.Data.CitizenB}/case",
                     $"/api/v1/placements/{app.Data.PlacementB}", $"/api/v1/agreements/{app.Data.AgreementB}", $"/forloeb/{app.Data.PlacementB}/opfoelgning/ny",
                 })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/mine-borgere")).StatusCode);

        await using var scope = app.SystemScope(out var db);
        var sources = await db.AuditEvents.Where(a => a.CitizenId == app.Data.CitizenB && a.Action == AuditAction.Read).Select(a => a.Source).ToListAsync();
        Assert.Contains("GET /forloeb/{id:guid}", sources);
        Assert.Contains("GET /aftaler/{id:guid}", sources);
        Assert.Contains("GET /api/v1/citizens/{id:guid}/case", sources);
        Assert.Contains("GET /api/v1/placements/{id:guid}", sources);
        Assert.Contains("GET /api/v1/agreements/{id:guid}", sources);
        Assert.Contains("GET /forloeb/{id:guid}/opfoelgning/ny", sources);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == AuditAction.List && a.Source == "GET /mine-borgere" && a.JobCentreId == app.Data.CentreB));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Roles_without_citizen_data_cannot_use_the_case_work(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var user in new[] { app.Data.Agency, app.Data.MentorA, app.Data.CitizenUserA, app.Data.Evaluator })
        {
            var client = await app.LoginAsync(user);
            foreach (var url in new[] { "/mine-borgere", "/borgere/ny", "/virksomheder/ny", $"/forloeb/{app.Data.PlacementB}" })
            {
                Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(url)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/work-list")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_registered_education_start_reaches_the_grant_engine_as_rule_R8_input(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA, new StartPlacement.Input
        {
            CompanyId = app.Data.CompanyA, MentorId = app.Data.MentorOfCompanyA, Start = new DateOnly(2025, 1, 6),
        })));
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<RegisterOutcome, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RegisterOutcome.Input { Kind = OutcomeKind.Education, Organisation = "VUC", Start = new DateOnly(2025, 8, 11) })));

        var scenario = await app.AsAsync<ExportScenario, Vc2.Rules.Model.Scenario>(app.Data.CaseworkerA, async s => (await s.RunAsync(new DateOnly(2026, 6, 30))).Scenario);
        var centre = Assert.Single(scenario.JobCentres);
        Assert.Equal("101", centre.Id);
        var citizen = centre.Citizens.Single(c => c.Id == app.Data.CitizenA.ToString());
        Assert.Equal([new DateOnly(2025, 8, 11)], citizen.EducationStarts);
        Assert.Equal(new DateOnly(2025, 1, 6), Assert.Single(citizen.Placements).Start);
        Assert.Null(Assert.Single(citizen.Placements).End);
        Assert.Empty(ScenarioValidator.Validate(scenario));
    }
}
