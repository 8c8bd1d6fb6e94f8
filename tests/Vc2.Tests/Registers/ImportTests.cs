using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.Money.Registers;
using Vc2.Rules;
using Vc2.Rules.Model;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

public sealed class ImportTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static MemoryStream File(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<Result<ImportReport>> BenefitsAsync(TestApp app, string text, string name = "dream.csv")
    {
        await using var scope = app.SystemScope(out _);
        return await scope.ServiceProvider.GetRequiredService<ImportBenefits>().RunAsync(File(text), name);
    }

    private static async Task<Dictionary<string, BenefitCategory>> WeeksOfAsync(TestApp app, Guid citizen)
    {
        await using var scope = app.SystemScope(out _);
        var export = await scope.ServiceProvider.GetRequiredService<ExportScenario>().RunAsync(new DateOnly(2016, 6, 30));
        return export.Scenario.JobCentres.Concat(export.Excluded.JobCentres).SelectMany(c => c.Citizens).Single(c => c.Id == citizen.ToString())
            .RegisterWeeks.ToDictionary(w => w.Week.ToString(), w => w.Benefit);
    }

    [Fact]
    public void Header_weeks_are_iso_weeks_including_week_53()
    {
        Assert.True(ImportBenefits.TryParseHeader("PNR;y_1552;y_1553;y_1601", out var weeks, out _));
        Assert.Equal(["2015-W52", "2015-W53", "2016-W01"], weeks.Select(w => IsoWeek.FromOrdinal(w).ToString()));
        Assert.False(ImportBenefits.TryParseHeader("PNR;y_1453", out _, out var error));
        Assert.Contains("y_1453", error, StringComparison.Ordinal);
        Assert.False(ImportBenefits.TryParseHeader("CPR;y_1401", out _, out _));
        Assert.False(ImportBenefits.TryParseHeader("PNR;y_1401;y_1401", out _, out _));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_extract_keeps_enrolled_citizens_only_and_reports_unknown_codes_and_bad_lines(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var text = "PNR;y_1552;y_1553;y_1601\n"
                   + $"{TestData.CprA};130;;210\n"          // empty cell: no benefit that week
                   + "0101011234;130;130;130\n"             // not enrolled: not kept
                   + $"{TestData.CprB};130;777\n"          // a field short
                   + $"{TestData.CprA2};999;140;140\n"      // unknown code 999
                   + "123;130;130;130\n";                   // no CPR number
        var report = Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, text)).Value;
        Assert.Equal(5, report.RowsRead);
        Assert.Equal(2, report.PersonsMatched);
        Assert.Equal(4, report.WeeksStored);
        Assert.Equal(1, report.UnknownCodes["999"]);
        Assert.Collection(report.BadLines,
            l => Assert.Equal("Linje 4: har 3 felter, men overskriften har 4.", l),
            l => Assert.Equal("Linje 6: PNR er ikke et gyldigt CPR-nummer.", l));
        Assert.Equal(("2015-W52", "2016-W01"), (report.FirstWeek, report.LastWeek));

        var a = await WeeksOfAsync(app, app.Data.CitizenA);
        Assert.Equal(new Dictionary<string, BenefitCategory> { ["2015-W52"] = BenefitCategory.Kontanthjaelp, ["2016-W01"] = BenefitCategory.Su }, a);
        var a2 = await WeeksOfAsync(app, app.Data.CitizenA2);
        Assert.Equal(["2015-W53", "2016-W01"], a2.Keys);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bad_header_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var result = await BenefitsAsync(app, $"PNR;uge1\n{TestData.CprA};130\n");
        Assert.IsType<Result<ImportReport>.Invalid>(result);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.BenefitWeeks.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_file_twice_changes_nothing_and_a_newer_extract_replaces_the_weeks_it_covers(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = $"PNR;y_1501;y_1502;y_1503\n{TestData.CprA};130;130;130\n";
        var firstRun = Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, first)).Value;
        var again = Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, first, "dream-igen.csv")).Value;
        Assert.True(again.AlreadyImported);
        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(firstRun.WeeksStored, again.WeeksStored);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(3, await db.BenefitWeeks.CountAsync());
            Assert.Contains("allerede indlæst", (await db.ImportRuns.SingleAsync(r => r.Id == again.RunId)).Problems, StringComparison.Ordinal);
        }


        // The newer file drops week 3 of the two stored weeks in its range: more than a tenth, so it waits for the agency.
        var newer = $"PNR;y_1502;y_1503;y_1504\n{TestData.CprA};210;;210\n";
        var waiting = Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, newer)).Value;
        Assert.False(waiting.AlreadyImported);
        Assert.Equal(ImportStatus.AwaitingConfirmation, waiting.Status);
        Assert.Equal(new Dictionary<string, BenefitCategory>
        {
            ["2015-W01"] = BenefitCategory.Kontanthjaelp, ["2015-W02"] = BenefitCategory.Kontanthjaelp, ["2015-W03"] = BenefitCategory.Kontanthjaelp,
        }, await WeeksOfAsync(app, app.Data.CitizenA));
        Assert.IsType<Result<ImportReport>.Ok>(await app.AsAsync<DecideImport, Result<ImportReport>>(app.Data.Agency, s => s.RunAsync(waiting.RunId, confirm: true)));
        var weeks = await WeeksOfAsync(app, app.Data.CitizenA);
        Assert.Equal(new Dictionary<string, BenefitCategory>
        {
            ["2015-W01"] = BenefitCategory.Kontanthjaelp, ["2015-W02"] = BenefitCategory.Su, ["2015-W04"] = BenefitCategory.Su,
        }, weeks);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_person_twice_in_a_benefit_file_keeps_the_first_line_and_the_second_is_reported(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var report = Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"PNR;y_1501;y_1502\n{TestData.CprA};130;130\n{TestData.CprA};210;210\n")).Value;
        Assert.Equal(ImportStatus.Completed, report.Status);
        Assert.Equal(["Linje 3: personen står også i linje 2; kun den første linje er brugt."], report.BadLines);
        Assert.Equal(new Dictionary<string, BenefitCategory> { ["2015-W01"] = BenefitCategory.Kontanthjaelp, ["2015-W02"] = BenefitCategory.Kontanthjaelp },
            await WeeksOfAsync(app, app.Data.CitizenA));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Uuids_are_ordered_as_the_database_orders_them(DatabaseProvider provider)
    {
        // The import writes its rows in the order of the weeks' index (ADR 0021); UuidOrder must agree with the database.
        await using var app = await TestApp.StartAsync(provider, seedTestData: false);
        var ids = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? Guid.NewGuid() : Guid.CreateVersion7(DateTimeOffset.UnixEpoch.AddDays(i))).ToList();
        await using var scope = app.SystemScope(out var db);
        db.ImportRuns.AddRange(ids.Select(id => new ImportRun { Id = id, Kind = ImportKind.Hours, Status = ImportStatus.Failed, FileName = "x", FileHash = "x", StartedBy = "test" }));
        await db.SaveChangesAsync();
        var byDatabase = await db.ImportRuns.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        Assert.Equal(byDatabase, ids.Order(Comparer<Guid>.Create(UuidOrder.Compare)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_crash_in_the_middle_leaves_the_previous_data_intact(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"PNR;y_1501;y_1502\n{TestData.CprA};130;130\n"));

        var big = new StringBuilder("PNR;y_1501;y_1502\n");
        for (var i = 0; i < 6000; i++)
        {
            big.Append(TestData.CprA).Append(";210;210\n");
        }

        await using (var scope = app.SystemScope(out _))
        {
            var crashing = new CrashingStream(Encoding.UTF8.GetBytes(big.ToString()), crashAfter: big.Length - 100);
            await Assert.ThrowsAsync<IOException>(() => scope.ServiceProvider.GetRequiredService<ImportBenefits>().RunAsync(crashing, "halv.csv"));
        }

        Assert.Equal([BenefitCategory.Kontanthjaelp, BenefitCategory.Kontanthjaelp], (await WeeksOfAsync(app, app.Data.CitizenA)).Values);
        await using (var check = app.SystemScope(out var db))
        {
            var dead = await db.ImportRuns.SingleAsync(r => r.FileName == "halv.csv");
            Assert.Equal(ImportStatus.Failed, dead.Status);
            Assert.Contains("de tidligere data gælder", dead.Problems, StringComparison.Ordinal);
            Assert.Equal(0, await db.BenefitWeeks.CountAsync(w => w.ImportRunId == dead.Id));
        }

        Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"PNR;y_1510\n{TestData.CprA};130\n"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_killed_import_is_cleaned_up_by_the_next_and_two_imports_do_not_run_at_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Guid old;
        await using (var scope = app.SystemScope(out var db))
        {
            // A run left "running" by a process that was killed: its lease ran out a minute ago; it has a row of its own.
            var run = new ImportRun
            {
                Kind = ImportKind.Benefits, Status = ImportStatus.Running, FileName = "draebt.csv", FileHash = "x", StartedBy = "test",
                StartedAtUtc = DateTime.UtcNow.AddHours(-1), LeaseUntilUtc = DateTime.UtcNow.AddMinutes(-1),
            };
            db.ImportRuns.Add(run);
            // A run writes its persons before its weeks (ADR 0021).
            db.ImportRunPersons.Add(new ImportRunPerson { ImportRunId = run.Id, CitizenId = app.Data.CitizenA, JobCentreId = app.Data.CentreA });
            db.BenefitWeeks.Add(new BenefitWeek { ImportRunId = run.Id, CitizenId = app.Data.CitizenA, JobCentreId = app.Data.CentreA, Week = new IsoWeek(2015, 1).Ordinal, Category = BenefitCategory.Su });
            await db.SaveChangesAsync();
            old = run.Id;
        }

        Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"PNR;y_1520\n{TestData.CprA};130\n"));
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(ImportStatus.Failed, (await db.ImportRuns.SingleAsync(r => r.Id == old)).Status);
            Assert.Equal(0, await db.BenefitWeeks.CountAsync(w => w.ImportRunId == old));

            // Another instance is importing: it holds the lease.
            db.ImportRuns.Add(new ImportRun
            {
                Kind = ImportKind.Hours, Status = ImportStatus.Running, FileName = "igang.csv", FileHash = "y", StartedBy = "test", StartedAtUtc = DateTime.UtcNow,
                LeaseUntilUtc = DateTime.UtcNow.AddMinutes(1),
            });
            await db.SaveChangesAsync();
            Assert.True(await db.TryAcquireAsync(ImportRunner.LeaseName, "en anden instans", TimeSpan.FromMinutes(1), DateTime.UtcNow, CancellationToken.None));
        }

        var busy = await BenefitsAsync(app, $"PNR;y_1521\n{TestData.CprA};130\n");
        Assert.Contains("En anden indlæsning (igang.csv) er i gang", Assert.IsType<Result<ImportReport>.Invalid>(busy).Errors["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_of_a_pay_period_are_spread_over_iso_weeks_by_calendar_days()
    {
        var pieces = ImportHours.Spread(new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 31), 155m);
        Assert.Equal(["2015-W01", "2015-W02", "2015-W03", "2015-W04", "2015-W05"], pieces.Select(p => IsoWeek.FromOrdinal(p.Week).ToString()));
        Assert.Equal([20m, 35m, 35m, 35m, 30m], pieces.Select(p => p.Hours));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Hours_join_the_benefit_weeks_in_the_engines_input(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.IsType<Result<ImportReport>.Ok>(await BenefitsAsync(app, $"PNR;y_1502;y_1503\n{TestData.CprA};;130\n"));
        await using (var scope = app.SystemScope(out _))
        {
            var hours = $"CPR;periodStart;periodEnd;hours\n{TestData.CprA};2015-01-05;2015-01-18;20\n{TestData.CprA};2015-01-12;2015-01-18;3,5\n{TestData.CprA};2015-02-01;2015-01-01;5\n";
            var report = Assert.IsType<Result<ImportReport>.Ok>(await scope.ServiceProvider.GetRequiredService<ImportHours>().RunAsync(File(hours), "timer.csv")).Value;
            Assert.Equal(3, report.RowsRead);
            Assert.Single(report.BadLines);
        }

        await using var read = app.SystemScope(out _);
        var export = await read.ServiceProvider.GetRequiredService<ExportScenario>().RunAsync(new DateOnly(2015, 6, 30));
        var scenario = export.Scenario;
        // Citizen A has no benefit weeks before the enrolment, so the check after the import puts A outside the target group.
        Assert.False(export.Participation.Earns(app.Data.CitizenA));
        var weeks = export.Excluded.JobCentres.SelectMany(c => c.Citizens).Single(c => c.Id == app.Data.CitizenA.ToString()).RegisterWeeks;
        Assert.Equal([(new IsoWeek(2015, 2), BenefitCategory.None, 10m), (new IsoWeek(2015, 3), BenefitCategory.Kontanthjaelp, 13.5m)],
            weeks.Select(w => (w.Week, w.Benefit, w.Hours)));
        Assert.Equal(new IsoWeek(2015, 3), scenario.Coverage);
    }

    /// <summary>A file that breaks off after some bytes on its second reading (the first is the hashing), like a lost
    /// connection or a killed process in the middle of an import.</summary>
    private sealed class CrashingStream(byte[] data, int crashAfter) : MemoryStream(data)
    {
        private bool _armed;

        public override long Position
        {
            get => base.Position;
            set
            {
                _armed |= value == 0 && base.Position > 0;
                base.Position = value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_armed && Position >= crashAfter)
            {
                throw new IOException("Forbindelsen blev afbrudt.");
            }

            return base.Read(buffer, offset, _armed ? (int)Math.Min(count, crashAfter - Position) : count);
        }

        public override int Read(Span<byte> buffer)
        {
            var copy = new byte[buffer.Length];
            var read = Read(copy, 0, copy.Length);
            copy.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));
    }
}
