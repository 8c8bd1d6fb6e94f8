using System.Net;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.CaseWork.Placements;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

public sealed class SnapshotTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Comparing_two_snapshots_lists_the_citizens_whose_amounts_changed_and_why(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, "/tilskud", "/tilskud/oejebliksbilleder", new Dictionary<string, string> { ["dato"] = "2015-12-31" })).StatusCode);

        // A course in 2015 is registered afterwards: the next snapshot pays for it.
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA, new StartPlacement.Input
        {
            CompanyId = app.Data.CompanyA, MentorId = app.Data.MentorOfCompanyA, Start = new DateOnly(2015, 9, 1),
        })));
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, "/tilskud", "/tilskud/oejebliksbilleder", new Dictionary<string, string> { ["dato"] = "2015-12-31" })).StatusCode);

        var list = await app.AsAsync<Snapshots, IReadOnlyList<StatementSnapshot>>(app.Data.ProjectLeaderA, s => s.ListAsync());
        Assert.Equal(2, list.Count);
        var page = await leader.GetStringAsync($"/tilskud/sammenlign?foer={list[1].Id}&efter={list[0].Id}");
        Assert.Contains("1 borgere med ændrede beløb", page, StringComparison.Ordinal);
        Assert.Contains("Anders Alfasen", page, StringComparison.Ordinal);
        Assert.Contains("Aktivitetstilskud 0,00 kr. → 6.000,00 kr.", page, StringComparison.Ordinal);
        Assert.Contains("september 2015: 30 af 30 dage", page, StringComparison.Ordinal);

        // The snapshot of job centre A is not job centre B's to see.
        var other = await app.AsAsync<Snapshots, Result<Snapshots.Comparison>>(app.Data.CaseworkerB, s => s.CompareAsync(list[1].Id, list[0].Id));
        Assert.IsType<Result<Snapshots.Comparison>.NotFound>(other);
    }
}
