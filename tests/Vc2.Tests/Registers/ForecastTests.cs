using System.Net;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.CaseWork.Placements;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

public sealed class ForecastTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Open_placements_are_projected_to_their_planned_end_and_courses_at_risk_are_listed_with_a_date(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var today = Today.In(TimeProvider.System);
        // A 2015 placement still open, planned to end 30 September 2015: now it counts through 2015; projected, June to September.
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA, new StartPlacement.Input
        {
            CompanyId = app.Data.CompanyA, MentorId = app.Data.MentorOfCompanyA, Start = new DateOnly(2015, 6, 1), PlannedEnd = new DateOnly(2015, 9, 30),
        })));
        // An interrupted course of citizen A2: ended ten days ago after 40 days.
        var id = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA2, new StartPlacement.Input
        {
            CompanyId = app.Data.CompanyA, MentorId = app.Data.MentorOfCompanyA, Start = today.AddDays(-50), ConfirmOverCapacity = true,
        }))).Value;
        Assert.IsType<Result<int>.Ok>(await app.AsAsync<EndPlacement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(id, new EndPlacement.Input { ActualEnd = today.AddDays(-10), Reason = EndReason.Illness, Version = 1 })));

        var forecast = await app.AsAsync<Forecast, Forecast.Output>(app.Data.ProjectLeaderA, s => s.RunAsync());
        var centre = Assert.Single(forecast.Centres);
        Assert.Equal(10500m, centre.ActivityNow);
        Assert.Equal(6000m, centre.ActivityProjected);
        Assert.Equal(100 * 10800m - 6000m, centre.Headroom);
        var risk = Assert.Single(forecast.Risks, r => r.CitizenId == app.Data.CitizenA2);
        Assert.Equal(today.AddDays(-10 + 29), risk.By);
        Assert.StartsWith("Afbrudt forløb", risk.What, StringComparison.Ordinal);

        var page = await (await app.LoginAsync(app.Data.ProjectLeaderA)).GetAsync("/tilskud/prognose");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Amalie Alfadatter", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
