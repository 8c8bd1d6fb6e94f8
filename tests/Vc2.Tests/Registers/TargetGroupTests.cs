using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Registers;
using Vc2.Rules;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

/// <summary>The target-group check at enrolment (citizen A is enrolled 1 March 2014, in 2014-W09).</summary>
public sealed class TargetGroupTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    /// <summary>An extract from 2012-W09 to 2014-W09 (the 104 weeks before enrolment and the enrolment week).</summary>
    private static string Extract(Func<int, string> codeForWeekIndex)
    {
        var first = IsoWeek.Of(new DateOnly(2014, 2, 24)).AddWeeks(-104);
        var weeks = Enumerable.Range(0, 105).Select(i => first.AddWeeks(i)).ToList();
        return "PNR;" + string.Join(';', weeks.Select(w => $"y_{w.Year % 100:D2}{w.Week:D2}")) + "\n"
               + TestData.CprA + ";" + string.Join(';', Enumerable.Range(0, 105).Select(codeForWeekIndex)) + "\n";
    }

    private static async Task<TargetGroupCheck> CheckAsync(TestApp app, string extract)
    {
        await using (var scope = app.SystemScope(out _))
        {
            var report = Assert.IsType<Result<ImportReport>.Ok>(await scope.ServiceProvider.GetRequiredService<ImportBenefits>()
                .RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(extract)), "maalgruppe.csv")).Value;
            if (report.Status == ImportStatus.AwaitingConfirmation)
            {
                // A file that removes most of the stored weeks (here: of the one citizen) waits for the agency.
                Assert.IsType<Result<ImportReport>.Ok>(await app.AsAsync<DecideImport, Result<ImportReport>>(app.Data.Agency, s => s.RunAsync(report.RunId, confirm: true)));
            }
        }

        var result = await app.AsAsync<CheckTargetGroup, Result<TargetGroupCheck>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA));
        return Assert.IsType<Result<TargetGroupCheck>.Ok>(result).Value;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Kontanthjaelp_in_all_104_weeks_before_enrolment_is_the_target_group_and_103_is_not(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var all = await CheckAsync(app, Extract(i => i < 104 ? (i % 2 == 0 ? "130" : "135") : ""));
        Assert.Equal((TargetGroupResult.InTargetGroup, 104), (all.Result, all.QualifyingWeeks));
        Assert.StartsWith("2012-W09:kontanthjaelp\n2012-W10:uddannelseshjaelp", all.Evidence, StringComparison.Ordinal);

        var short1 = await CheckAsync(app, Extract(i => i is < 104 and not 50 ? "130" : ""));
        Assert.Equal((TargetGroupResult.NotInTargetGroup, 103), (short1.Result, short1.QualifyingWeeks));
        Assert.False(short1.InTargetGroup);

        // Outside the target group shows in lists and reports.
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Contains("Ikke i målgruppen", await leader.GetStringAsync("/borgere"), StringComparison.Ordinal);
        var csv = await leader.GetStringAsync("/tilskud?handler=Csv&dato=2015-12-31");
        Assert.Contains(csv.Split('\n'), l => l.Contains("Anders Alfasen", StringComparison.Ordinal) && l.Contains(";Registertjek ", StringComparison.Ordinal)
                                              && l.Contains("103 af 104 uger", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ressourceforloeb_in_the_enrolment_week_is_the_target_group_and_weeks_may_differ_by_setting(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Registers:TargetGroupAllowedDifferingWeeks"] = "2" });
        var resource = await CheckAsync(app, Extract(i => i == 104 ? "140" : ""));
        Assert.Equal(TargetGroupResult.InTargetGroup, resource.Result);

        var twoOff = await CheckAsync(app, Extract(i => i is < 104 and not 3 and not 70 ? "130" : ""));
        Assert.Equal((TargetGroupResult.InTargetGroup, 102, 2), (twoOff.Result, twoOff.QualifyingWeeks, twoOff.AllowedDifferingWeeks));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Without_register_weeks_for_the_enrolment_the_check_says_so_and_a_caseworker_may_override_with_a_reason(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var none = Assert.IsType<Result<TargetGroupCheck>.Ok>(await app.AsAsync<CheckTargetGroup, Result<TargetGroupCheck>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA))).Value;
        Assert.Equal(TargetGroupResult.NoData, none.Result);
        Assert.Null(none.InTargetGroup);

        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var url = $"/borgere/{app.Data.CitizenA}/maalgruppe";
        var tooShort = await TestApp.PostFormAsync(client, url, url, new Dictionary<string, string> { ["Input.InTargetGroup"] = "true", ["Input.Reason"] = "ok", ["Input.Version"] = "1" });
        Assert.Contains("Begrundelsen skal have mellem 10 og 2000 tegn.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await TestApp.PostFormAsync(client, url, url, new Dictionary<string, string>
        {
            ["Input.InTargetGroup"] = "true", ["Input.Reason"] = "Afgørelse om ressourceforløb 20-02-2014, endnu ikke i registret.", ["Input.Version"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await client.GetStringAsync("/borgere");
        Assert.Contains("I målgruppen", list, StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        var check = await db.TargetGroupChecks.SingleAsync();
        Assert.True(check.InTargetGroup);
        Assert.Equal("Sagsbehandler A", check.OverriddenBy);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.CitizenId == app.Data.CitizenA && a.Action == AuditAction.Update && a.Detail!.StartsWith("Målgruppetjek tilsidesat")));
    }
}
