using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Placements;
using Vc2.Demo;
using Vc2.Money.Grants;
using Vc2.Money.Registers;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

/// <summary>ADR 0016: grants only for participants, as-of means as-of, register imports that never lose data.</summary>
public sealed class MoneyTrustTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static MemoryStream File(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<Result<ImportReport>> BenefitsAsync(TestApp app, string text, string name = "dream.csv")
    {
        await using var scope = app.SystemScope(out _);
        return await scope.ServiceProvider.GetRequiredService<ImportBenefits>().RunAsync(File(text), name);
    }

    /// <summary>104 weeks of kontanthjælp before the enrolment in 2014-W09 and the enrolment week: in the target group.</summary>
    private static string Weeks(int from, int count) => string.Join(';', Enumerable.Range(from, count).Select(i => Rules.IsoWeek.FromOrdinal(i)).Select(w => $"y_{w.Year % 100:D2}{w.Week:D2}"));

    private static async Task CourseAsync(TestApp app, Guid citizen, Guid centre, Guid company)
    {
        await using var scope = app.SystemScope(out var db);
        db.Placements.Add(new Placement
        {
            JobCentreId = centre, CitizenId = citizen, CompanyId = company, Start = new DateOnly(2014, 3, 1), PlannedEnd = new DateOnly(2014, 6, 30),
            ActualEnd = new DateOnly(2014, 6, 30), CreatedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_citizen_outside_the_target_group_earns_nothing_and_is_listed_with_the_reason_and_what_they_would_have_earned(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await CourseAsync(app, app.Data.CitizenA, app.Data.CentreA, app.Data.CompanyA);
        await CourseAsync(app, app.Data.CitizenA2, app.Data.CentreA, app.Data.CompanyA);

        // Before any check both earn, provisionally, and keep the statement from being final.
        var before = await app.AsAsync<ComputeStatement, ComputeStatement.Output>(app.Data.ProjectLeaderA, s => s.RunAsync(new DateOnly(2016, 6, 30)));
        Assert.Equal(12000m, before.Statement.JobCentres.Single().ActivityGrant);
        Assert.Equal(2, before.Finality["101"].Unchecked);
        var leaderBefore = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Contains("2 borgere er ikke kontrolleret mod målgruppen", await leaderBefore.GetStringAsync("/tilskud?dato=2016-06-30"), StringComparison.Ordinal);

        // The register: A on kontanthjælp for the 104 weeks before enrolment (2014-W09), A2 only for 60 of them.
        var enrolment = Rules.IsoWeek.Of(new DateOnly(2014, 3, 1)).Ordinal;
        var header = "PNR;" + Weeks(enrolment - 104, 105);
        var a = string.Join(';', Enumerable.Repeat("130", 105));
        var a2 = string.Join(';', Enumerable.Range(0, 105).Select(i => i < 44 ? "" : "130"));
        Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"{header}\n{TestData.CprA};{a}\n{TestData.CprA2};{a2}\n"));

        var after = await app.AsAsync<ComputeStatement, ComputeStatement.Output>(app.Data.ProjectLeaderA, s => s.RunAsync(new DateOnly(2016, 6, 30)));
        var centre = after.Statement.JobCentres.Single();
        Assert.Equal(6000m, centre.ActivityGrant);
        Assert.DoesNotContain(centre.Citizens, c => c.Id == app.Data.CitizenA2.ToString());
        var excluded = Assert.Single(after.Excluded);
        Assert.Equal(app.Data.CitizenA2.ToString(), excluded.Statement.Id);
        Assert.Equal(6000m, excluded.Statement.ActivityGrant);
        Assert.Contains("60 af 104 uger", excluded.Reason, StringComparison.Ordinal);
        Assert.Equal(0, after.Finality["101"].Unchecked); // the check after the import covered both

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var page = await leader.GetStringAsync("/tilskud?dato=2016-06-30");
        Assert.Contains("Uden for målgruppen – intet tilskud (1)", page, StringComparison.Ordinal);
        Assert.Contains("Registertjek", page, StringComparison.Ordinal);
        var csv = await leader.GetStringAsync("/tilskud?handler=Csv&dato=2016-06-30");
        Assert.Contains("Fleksjobresultat (ingen fleksjobbonus)", csv, StringComparison.Ordinal);
        Assert.Contains(csv.Split('\n'), l => l.Contains(";0,00;0,00;", StringComparison.Ordinal) && l.Contains("60 af 104 uger", StringComparison.Ordinal) && l.Contains(";6000,00", StringComparison.Ordinal));

        // An override with a reason makes A2 a participant again.
        var check = await app.AsAsync<CheckTargetGroup, Result<TargetGroupCheck>>(app.Data.CaseworkerA, s => s.OverrideAsync(app.Data.CitizenA2,
            new CheckTargetGroup.OverrideInput { InTargetGroup = true, Reason = "Jobbet i 2013 var et skånejob under 10 timer", Version = 1 }));
        Assert.IsType<Result<TargetGroupCheck>.Ok>(check);
        var overridden = await app.AsAsync<ComputeStatement, ComputeStatement.Output>(app.Data.ProjectLeaderA, s => s.RunAsync(new DateOnly(2016, 6, 30)));
        Assert.Equal(12000m, overridden.Statement.JobCentres.Single().ActivityGrant);
        Assert.Empty(overridden.Excluded);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_a_benefit_import_every_unchecked_citizen_is_checked_and_a_job_centre_can_check_all_its_citizens(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var enrolment = Rules.IsoWeek.Of(new DateOnly(2014, 3, 1)).Ordinal;
        var report = Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"PNR;{Weeks(enrolment - 104, 105)}\n{TestData.CprA};{string.Join(';', Enumerable.Repeat("130", 105))}\n")).Value;

        int citizens;
        await using (var scope = app.SystemScope(out var db))
        {
            citizens = await db.Citizens.IgnoreQueryFilters().CountAsync();
            var run = await db.ImportRuns.SingleAsync(r => r.Id == report.RunId);
            Assert.Equal((citizens, citizens), (run.ChecksDone, run.ChecksTotal));
            Assert.Equal(citizens, await db.TargetGroupChecks.IgnoreQueryFilters().Select(t => t.CitizenId).Distinct().CountAsync());
            Assert.Equal(citizens, await db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.Detail == "Målgruppetjek i ydelsesregistret (alle borgere)"));
            // Written in bulk (COPY on PostgreSQL) with the rules of a save: a first version, and the evidence as text.
            var a = await db.TargetGroupChecks.IgnoreQueryFilters().SingleAsync(t => t.CitizenId == app.Data.CitizenA);
            Assert.Equal((1, TargetGroupResult.InTargetGroup), (a.Version, a.Result));
            Assert.StartsWith($"{Rules.IsoWeek.FromOrdinal(enrolment - 104)}:kontanthjaelp\n", a.Evidence, StringComparison.Ordinal);
            Assert.Equal(105, a.Evidence.Count(c => c == '\n'));
        }

        var agency = await app.LoginAsync(app.Data.Agency);
        Assert.Contains($"{citizens} af {citizens}", await agency.GetStringAsync($"/registre/{report.RunId}"), StringComparison.Ordinal);

        // The job centre runs it again for its own citizens (two in A), not for B's.
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var sent = await TestApp.PostFormAsync(leader, "/tilskud", "/tilskud?handler=CheckAll", new Dictionary<string, string> { ["jobCentreId"] = app.Data.CentreA.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Målgruppetjek af 2 borgere: 1 i målgruppen, 1 uden for", await leader.GetStringAsync("/tilskud"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await TestApp.PostFormAsync(leader, "/tilskud", "/tilskud?handler=CheckAll",
            new Dictionary<string, string> { ["jobCentreId"] = app.Data.CentreB.ToString() })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_placement_that_begins_before_the_enrolment_is_refused_on_the_page_and_in_the_api_and_old_ones_do_not_count(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        var page = await TestApp.PostFormAsync(caseworker, $"/borgere/{app.Data.CitizenA}/forloeb/nyt", $"/borgere/{app.Data.CitizenA}/forloeb/nyt", new Dictionary<string, string>
        {
            ["Input.CompanyId"] = app.Data.CompanyA.ToString(), ["Input.MentorId"] = app.Data.MentorOfCompanyA.ToString(), ["Input.Start"] = "2014-01-06",
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Forløbet kan ikke begynde før borgerens indskrivning i projektet (1. marts 2014).", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await caseworker.PostAsJsonAsync($"/api/v1/citizens/{app.Data.CitizenA}/placements",
            new { companyId = app.Data.CompanyA, mentorId = app.Data.MentorOfCompanyA, start = "2014-02-28" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("før borgerens indskrivning", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // One stored before the rule (from 2014-01-01): the days before 1 March are not paid, and the statement says so.
        await using (var scope = app.SystemScope(out var db))
        {
            db.Placements.Add(new Placement
            {
                JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, CompanyId = app.Data.CompanyA, Start = new DateOnly(2014, 1, 1),
                ActualEnd = new DateOnly(2014, 6, 30), CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var statement = await app.AsAsync<ComputeStatement, ComputeStatement.Output>(app.Data.ProjectLeaderA, s => s.RunAsync(new DateOnly(2016, 6, 30)));
        var citizen = statement.Statement.JobCentres.Single().Citizens.Single(c => c.Id == app.Data.CitizenA.ToString());
        Assert.Equal(6000m, citizen.ActivityGrant); // March–June, not January and February
        Assert.Equal(new DateOnly(2014, 3, 1), statement.BeforeEnrolment[app.Data.CitizenA.ToString()]);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Contains("forløb før indskrivningen 01-03-2014 tæller ikke", await leader.GetStringAsync("/tilskud?dato=2016-06-30"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_two_line_file_with_an_unknown_code_leaves_every_other_persons_weeks_untouched(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var header = "PNR;" + Weeks(Rules.IsoWeek.Of(new DateOnly(2015, 1, 5)).Ordinal, 20);
        var row = string.Join(';', Enumerable.Repeat("130", 20));
        Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"{header}\n{TestData.CprA};{row}\n{TestData.CprA2};{row}\n{TestData.CprB};{row}\n"));
        Dictionary<Guid, int> Before;
        await using (var scope = app.SystemScope(out var db))
        {
            Before = await db.BenefitWeeks.IgnoreQueryFilters().GroupBy(w => w.CitizenId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.Equal(60, Before.Values.Sum());
        }

        // Two lines: citizen A with one week of an unknown code, and a person not in the programme. It would remove one of
        // the three stored weeks of 2015-W03 (A's): more than a tenth, so it waits, and nothing has changed yet.
        var two = $"PNR;y_1503\n{TestData.CprA};999\n0101010101;130\n";
        var report = Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, two, "to-linjer.csv")).Value;
        Assert.Equal(ImportStatus.AwaitingConfirmation, report.Status);
        Assert.Equal(1, report.UnknownCodes["999"]);
        await using (var scope = app.SystemScope(out var db))
        {
            var run = await db.ImportRuns.SingleAsync(r => r.Id == report.RunId);
            Assert.Equal((1L, 3L, 1), (run.WeeksRemoved, run.WeeksInRange, run.PersonsChanged));
            Assert.Equal(60, await db.BenefitWeeks.IgnoreQueryFilters().Join(db.ImportRuns.Where(r => r.Status == ImportStatus.Completed), w => w.ImportRunId, r => r.Id, (w, r) => w).CountAsync());
        }

        var agency = await app.LoginAsync(app.Data.Agency);
        var waiting = await agency.GetStringAsync($"/registre/{report.RunId}");
        Assert.Contains("Filen ville fjerne <strong>1</strong> af de 3 gemte uger", waiting, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, $"/registre/{report.RunId}", $"/registre/{report.RunId}",
            new Dictionary<string, string> { ["confirm"] = "true" })).StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            var after = await db.BenefitWeeks.IgnoreQueryFilters().Join(db.ImportRuns.Where(r => r.Status == ImportStatus.Completed), w => w.ImportRunId, r => r.Id, (w, r) => w)
                .GroupBy(w => w.CitizenId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.Equal(Before[app.Data.CitizenA2], after[app.Data.CitizenA2]);
            Assert.Equal(Before[app.Data.CitizenB], after[app.Data.CitizenB]);
            Assert.Equal(Before[app.Data.CitizenA] - 1, after[app.Data.CitizenA]); // only A's week 3, which the file names
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Files_that_cannot_be_read_are_failed_runs_with_a_danish_reason_and_no_english_text(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var badHeader = await BenefitsAsync(app, "CPR;uge1;uge2\n0102701232;130;130\n", "forkert.csv");
        Assert.Contains("PNR;y_ÅÅUU", Assert.IsType<Result<ImportReport>.Invalid>(badHeader).Errors["file"][0], StringComparison.Ordinal);

        Result<ImportReport> noValidHours;
        await using (var scope = app.SystemScope(out _))
        {
            noValidHours = await scope.ServiceProvider.GetRequiredService<ImportHours>().RunAsync(File("CPR;periodStart;periodEnd;hours\nabc;def\n123;2015-01-01;2014-01-01;5\n"), "timer.csv");
        }

        Assert.Contains("Ingen af filens 2 linjer kunne læses", Assert.IsType<Result<ImportReport>.Invalid>(noValidHours).Errors["file"][0], StringComparison.Ordinal);
        var empty = await BenefitsAsync(app, "PNR;y_1501\n", "tom.csv");
        Assert.Contains("ingen linjer med data", Assert.IsType<Result<ImportReport>.Invalid>(empty).Errors["file"][0], StringComparison.Ordinal);

        // Uploaded, each becomes a failed run whose page says why; nothing waits for ever.
        var agency = await app.LoginAsync(app.Data.Agency);
        var queued = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<QueueImport, Result<Guid>>(app.Data.Agency,
            s => s.RunAsync(ImportKind.Benefits, File("CPR;x\n1;2\n"), "forkert-upload.csv"))).Value;
        await using (var scope = app.SystemScope(out var db))
        {
            var worker = scope.ServiceProvider.GetRequiredService<ImportNextQueued>();
            await worker.RunAsync();
        }

        await using (var scope = app.SystemScope(out var db))
        {
            var runs = await db.ImportRuns.OrderBy(r => r.StartedAtUtc).ToListAsync();
            Assert.Equal(4, runs.Count);
            Assert.All(runs, r => Assert.Equal(ImportStatus.Failed, r.Status));
            Assert.All(runs, r => Assert.DoesNotMatch("(Exception|Sequence|contains no|Object reference|error)", r.Problems!));
            Assert.Equal(0, await db.ImportFileChunks.CountAsync());
        }

        var status = await agency.GetStringAsync($"/registre/{queued}");
        Assert.Contains("Ikke indlæst – tidligere data gælder", status, StringComparison.Ordinal);
        Assert.Contains("Filen kan ikke læses: Filen skal begynde med overskriften PNR", status, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_demo_statement_as_of_2015_06_15_is_unchanged_by_importing_weeks_of_2015_W30(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, seedTestData: false);
        var today = new DateOnly(2015, 6, 15);
        await using (var scope = app.SystemScope(out _))
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().RunAsync(citizensPerCentre: 25, today: today);
            await DemoStartup.LoadDemoRegistersAsync(scope.ServiceProvider, today);
        }

        Guid agency;
        string w30Benefits, w30Hours;
        await using (var scope = app.SystemScope(out var db))
        {
            agency = await db.Users.Where(u => u.UserName == "demo-styrelse").Select(u => u.Id).SingleAsync();
            // Every demo citizen was checked after the demo import; about one in 40 on kontanthjælp is outside.
            Assert.Equal(0, await db.Citizens.IgnoreQueryFilters().CountAsync(c => !db.TargetGroupChecks.IgnoreQueryFilters().Any(t => t.CitizenId == c.Id)));
            var protector = scope.ServiceProvider.GetRequiredService<CprProtector>();
            var cprs = (await db.Citizens.IgnoreQueryFilters().Select(c => c.CprCipher).ToListAsync()).Select(c => protector.Decrypt(c).Digits).ToList();
            w30Benefits = "PNR;y_1530\n" + string.Concat(cprs.Select(c => $"{c};130\n"));
            w30Hours = "CPR;periodStart;periodEnd;hours\n" + string.Concat(cprs.Select(c => $"{c};2015-07-20;2015-07-26;37\n"));
        }

        var client = await app.LoginAsync(agency);
        var before = await client.GetStringAsync("/api/v1/grants/statement?asOf=2015-06-15");
        Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, w30Benefits, "uge30.csv"));
        await using (var scope = app.SystemScope(out _))
        {
            Assert.IsType<Result<ImportReport>.Ok>(await scope.ServiceProvider.GetRequiredService<ImportHours>().RunAsync(File(w30Hours), "timer-uge30.csv"));
        }

        Assert.Equal(before, await client.GetStringAsync("/api/v1/grants/statement?asOf=2015-06-15"));
        Assert.Contains("\"registerCoveredThrough\":\"2015-W24\"", before, StringComparison.Ordinal);
        // A statement as of a later date does see the new weeks.
        Assert.Contains("\"registerCoveredThrough\":\"2015-W30\"", await client.GetStringAsync("/api/v1/grants/statement?asOf=2015-08-01"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vc2_import_refuses_to_run_without_the_cpr_keys_outside_demo_mode()
    {
        var file = Path.Combine(Path.GetTempPath(), $"vc2-import-{Guid.NewGuid():N}.csv");
        await System.IO.File.WriteAllTextAsync(file, "PNR;y_1501\n0102701232;130\n");
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8 };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "vc2.dll"), "import", "benefits", file, "--connection", $"Data Source={file}.db" })
            {
                info.ArgumentList.Add(arg);
            }

            foreach (var name in new[] { "Cpr__LookupKey", "Cpr__EncryptionKey", "Demo__Enabled" })
            {
                info.Environment.Remove(name);
            }

            using var process = System.Diagnostics.Process.Start(info)!;
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(2, process.ExitCode);
            Assert.Contains("CPR-nøglerne er ikke sat", stderr, StringComparison.Ordinal);
            Assert.False(System.IO.File.Exists(file + ".db"), "nothing was written");
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }
}
