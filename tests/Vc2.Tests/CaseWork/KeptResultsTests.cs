using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Overview;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.CaseWork;

/// <summary>The caseworker's pages keep what they computed until the job centre's data changes (CentreMemo, ADR 0022):
/// a second view reads only the centre's version, a change shows at once, every view is audited; and the audit events of
/// reads are written together (AuditWriter) yet each before its answer.</summary>
public sealed class KeptResultsTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly DateOnly Today = Vc2.Platform.Common.Today.In(TimeProvider.System);

    // The figures worker runs once at start and not again within a test; the test makes the centres' figures rows itself.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Figures:RefreshSeconds"] = "3600", [$"Logging:LogLevel:{SqlCapture.Category}"] = "Information",
    };

    private static async Task<TestApp> StartAsync(DatabaseProvider provider)
    {
        var app = await TestApp.StartAsync(provider, Settings);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RefreshFigures>().RunAsync(wait: TimeSpan.FromSeconds(30));
        return app;
    }

    private static async Task<int> AuditCountAsync(TestApp app, string detailStart)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.AuditEvents.CountAsync(e => e.Detail != null && e.Detail.StartsWith(detailStart));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_work_list_is_computed_once_per_change_of_the_job_centre_and_every_view_is_audited(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var placement = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new StartPlacement.Input
            {
                CompanyId = app.Data.CompanyA, ContractId = app.Data.ContractA, MentorId = app.Data.MentorOfCompanyA, Start = Today.AddDays(-40),
                PlannedEnd = Today.AddMonths(5), WeeklyHoursNow = 8, WeeklyHoursTarget = 20,
            }))).Value;
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);

        async Task<(string Page, int Statements)> ViewAsync()
        {
            app.Sql.Clear();
            var response = await caseworker.GetAsync("/mine-borgere");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadAsStringAsync(), app.Sql.Commands.Count);
        }

        var first = await ViewAsync();
        Assert.Contains(">Arbejdsaftale mangler</a>", first.Page, StringComparison.Ordinal);
        var second = await ViewAsync();
        Assert.Contains(">Arbejdsaftale mangler</a>", second.Page, StringComparison.Ordinal);
        // Kept: the user, the centres' versions and the audit event — not the seven reads of the computation.
        Assert.InRange(second.Statements, 1, first.Statements - 5);

        // A change in the job centre shows at the next view.
        Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(placement, new SaveAgreement.Input { LongTermGoal = "a", PlacementGoal = "b", TasksAndHours = "c", MentorRole = "d", SubGoals = "Møder til tiden" })));
        var third = await ViewAsync();
        Assert.DoesNotContain(">Arbejdsaftale mangler</a>", third.Page, StringComparison.Ordinal);
        Assert.Contains("Arbejdsaftale version 1 er ikke accepteret af alle", third.Page, StringComparison.Ordinal);

        Assert.Equal(3, await AuditCountAsync(app, "Arbejdsliste med"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_citizens_page_shows_a_change_at_once_and_another_centres_change_keeps_it(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        async Task<GetCitizenCase.Output> CaseAsync() =>
            Assert.IsType<Result<GetCitizenCase.Output>.Ok>(await app.AsAsync<GetCitizenCase, Result<GetCitizenCase.Output>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA))).Value;

        var before = await CaseAsync();
        // A change in job centre B leaves A's kept page as it was (the very same result).
        await using (var scope = app.SystemScope(out var db))
        {
            var b = await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenB);
            b.Phone = "11 22 33 44";
            await db.SaveChangesAsync();
        }

        Assert.Same(before, await CaseAsync());

        var form = Assert.IsType<Result<UpdateCitizen.Form>.Ok>(await app.AsAsync<UpdateCitizen, Result<UpdateCitizen.Form>>(app.Data.CaseworkerA, s => s.FormAsync(app.Data.CitizenA))).Value;
        Assert.IsType<Result<UpdateCitizen.Output>.Ok>(await app.AsAsync<UpdateCitizen, Result<UpdateCitizen.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, form.Stored with { Phone = "87 65 43 21" })));
        var after = await CaseAsync();
        Assert.Equal("87 65 43 21", after.Citizen.Phone);

        // A caseworker of job centre B is not shown A's citizen, kept or not.
        Assert.IsType<Result<GetCitizenCase.Output>.NotFound>(await app.AsAsync<GetCitizenCase, Result<GetCitizenCase.Output>>(app.Data.CaseworkerB, s => s.RunAsync(app.Data.CitizenA)));
        await using (var scope = app.SystemScope(out var db))
        {
            // Three views of the case (the edit form's read is logged with its own detail).
            Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.CitizenId == app.Data.CitizenA && e.Action == AuditAction.Read && e.Source == "test" && e.Detail == null));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reads_at_the_same_time_are_each_audited_before_they_are_answered(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => caseworker.GetAsync($"/api/v1/citizens/{app.Data.CitizenA}")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await using var scope = app.SystemScope(out var db);
        // Counted as soon as the answers are in: no answer left before its event was stored.
        Assert.Equal(40, await db.AuditEvents.CountAsync(e => e.CitizenId == app.Data.CitizenA && e.Action == AuditAction.Read && e.Source.StartsWith("GET /api/v1/citizens")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_record_without_a_job_centre_changed_by_the_system_alone_marks_every_centre(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var placement = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new StartPlacement.Input { CompanyId = app.Data.CompanyA, ContractId = app.Data.ContractA, MentorId = app.Data.MentorOfCompanyA, Start = Today.AddDays(-10) }))).Value;
        Dictionary<Guid, long> before;
        await using (var scope = app.SystemScope(out var db))
        {
            before = await db.JobCentreFigures.ToDictionaryAsync(f => f.JobCentreId, f => f.ChangeVersion);
            var mentor = await db.Placements.Where(p => p.Id == placement).SelectMany(p => p.Mentors).SingleAsync();
            mentor.From = Today.AddDays(-9); // a mentor assignment has no job centre of its own
            await db.SaveChangesAsync();
        }

        await using (var scope = app.SystemScope(out var db))
        {
            var after = await db.JobCentreFigures.ToDictionaryAsync(f => f.JobCentreId, f => f.ChangeVersion);
            Assert.All(before, b => Assert.True(after[b.Key] > b.Value, "every centre is marked behind"));
        }
    }
}
