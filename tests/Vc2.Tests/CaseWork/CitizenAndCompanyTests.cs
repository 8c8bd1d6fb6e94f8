using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Audit;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.CaseWork;

public sealed class CitizenAndCompanyTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static RegisterCitizen.Input NewCitizen(TestData d, string cpr = "0505901231") => new()
    {
        Cpr = cpr, FirstName = "Nina", LastName = "Nysen", TargetGroup = TargetGroup.KontanthjaelpTwoYears,
        EnrolmentDate = new DateOnly(2026, 11, 2), CoordinatingCaseworkerId = d.CaseworkerA, LongTermJobGoal = "Lagerarbejde",
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Registering_a_citizen_stores_the_cpr_protected_and_audits_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var result = await app.AsAsync<RegisterCitizen, Result<RegisterCitizen.Output>>(app.Data.CaseworkerA, s => s.RunAsync(NewCitizen(app.Data)));
        var created = Assert.IsType<Result<RegisterCitizen.Output>.Ok>(result).Value;
        Assert.False(created.ChecksumWarning);

        await using var scope = app.SystemScope(out var db);
        var citizen = await db.Citizens.SingleAsync(c => c.Id == created.Id);
        Assert.Equal(app.Data.CentreA, citizen.JobCentreId);
        Assert.DoesNotContain("0505901231", citizen.CprCipher + citizen.CprHash, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1990, 5, 5), citizen.BirthDate);
        Assert.Equal(app.Data.CaseworkerA, citizen.CoordinatingCaseworkerId);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.CitizenId == created.Id && a.Action == AuditAction.Create));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_citizen_input_is_refused_field_by_field_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var input = NewCitizen(app.Data, cpr: "3102901234") with
        {
            FirstName = " ", EnrolmentDate = new DateOnly(2099, 1, 1), CoordinatingCaseworkerId = app.Data.CaseworkerB, Email = "x",
        };
        var result = await app.AsAsync<RegisterCitizen, Result<RegisterCitizen.Output>>(app.Data.CaseworkerA, s => s.RunAsync(input));
        var errors = Assert.IsType<Result<RegisterCitizen.Output>.Invalid>(result).Errors;
        Assert.Equal("CPR-nummerets første seks cifre er ikke en gyldig dato.", Assert.Single(errors["Cpr"]));
        Assert.Contains("Skriv borgerens fornavn.", errors["FirstName"]);
        Assert.Contains("Indskrivningsdatoen kan ikke ligge i fremtiden.", errors["EnrolmentDate"]);
        Assert.Contains("Vælg en koordinerende sagsbehandler fra borgerens jobcenter.", errors["CoordinatingCaseworkerId"]);
        Assert.Contains("E-mailadressen er ikke gyldig.", errors["Email"]);

        await using var scope = app.SystemScope(out var db);
        Assert.Equal(3, await db.Citizens.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.Action == AuditAction.Create));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_citizen_already_enrolled_is_refused_and_a_failed_checksum_only_warns(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var again = await app.AsAsync<RegisterCitizen, Result<RegisterCitizen.Output>>(app.Data.CaseworkerA, s => s.RunAsync(NewCitizen(app.Data, TestData.CprA)));
        Assert.Contains("allerede indskrevet", Assert.IsType<Result<RegisterCitizen.Output>.Invalid>(again).Errors["Cpr"][0], StringComparison.Ordinal);

        // The same person may be enrolled at another job centre.
        var elsewhere = await app.AsAsync<RegisterCitizen, Result<RegisterCitizen.Output>>(app.Data.CaseworkerB,
            s => s.RunAsync(NewCitizen(app.Data, TestData.CprA) with { CoordinatingCaseworkerId = app.Data.CaseworkerB }));
        Assert.IsType<Result<RegisterCitizen.Output>.Ok>(elsewhere);

        var warned = await app.AsAsync<RegisterCitizen, Result<RegisterCitizen.Output>>(app.Data.CaseworkerA, s => s.RunAsync(NewCitizen(app.Data, "0505901238")));
        Assert.True(Assert.IsType<Result<RegisterCitizen.Output>.Ok>(warned).Value.ChecksumWarning);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_exit_strategy_keeps_its_history(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var (target, steps) in new[] { (ExitTarget.Flexjob, "Afklaring"), (ExitTarget.OrdinaryJob, "Flere timer, så jobsøgning") })
        {
            var r = await app.AsAsync<ReviseExitStrategy, Result<Guid>>(app.Data.CaseworkerA,
                s => s.RunAsync(app.Data.CitizenA, new ReviseExitStrategy.Input { Target = target, Steps = steps }));
            Assert.IsType<Result<Guid>.Ok>(r);
        }

        var empty = await app.AsAsync<ReviseExitStrategy, Result<Guid>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new ReviseExitStrategy.Input { Target = ExitTarget.Education }));
        Assert.Contains("Beskriv trinene på vejen mod målet.", Assert.IsType<Result<Guid>.Invalid>(empty).Errors["Steps"]);

        var overview = await app.AsAsync<GetCitizenCase, Result<GetCitizenCase.Output>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA));
        var strategies = Assert.IsType<Result<GetCitizenCase.Output>.Ok>(overview).Value.ExitStrategies;
        Assert.Equal([ExitTarget.OrdinaryJob, ExitTarget.Flexjob], strategies.Select(x => x.Target));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Companies_contracts_and_mentors_are_validated_in_danish(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var badCompany = await app.AsAsync<SaveCompany, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(null, new SaveCompany.Input { Cvr = "12345678", Name = "X", PostalCode = "80", ContactEmail = "nej" }));
        var errors = Assert.IsType<Result<Guid>.Invalid>(badCompany).Errors;
        Assert.Contains("CVR-nummeret er ikke gyldigt (kontrolcifferet passer ikke).", errors["Cvr"]);
        Assert.Contains("Postnummeret skal have 4 cifre.", errors["PostalCode"]);
        Assert.Contains("E-mailadressen er ikke gyldig.", errors["ContactEmail"]);

        var duplicate = await app.AsAsync<SaveCompany, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(null, new SaveCompany.Input { Cvr = "10000009", Name = "Alfa igen" }));
        Assert.Contains("allerede oprettet", Assert.IsType<Result<Guid>.Invalid>(duplicate).Errors["Cvr"][0], StringComparison.Ordinal);

        var created = await app.AsAsync<SaveCompany, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(null, new SaveCompany.Input { Cvr = "3000 0005", Name = "Gamma Gartneri", FixedContactName = "Jonas Jobkonsulent", FixedContactHours = "hverdage 8–15" }));
        var companyId = Assert.IsType<Result<Guid>.Ok>(created).Value;

        var badContract = await app.AsAsync<AddContract, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(companyId, new AddContract.Input { Places = 0, From = new DateOnly(2026, 6, 1), To = new DateOnly(2026, 1, 1), SignedOn = new DateOnly(2099, 1, 1) }));
        var contractErrors = Assert.IsType<Result<Guid>.Invalid>(badContract).Errors;
        Assert.Contains("Antallet af pladser skal være mellem 1 og 500.", contractErrors["Places"]);
        Assert.Contains("Aftalens sidste dag må ikke ligge før den første.", contractErrors["To"]);
        Assert.Contains("Underskriftsdatoen kan ikke ligge i fremtiden.", contractErrors["SignedOn"]);

        var contract = await app.AsAsync<AddContract, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(companyId, new AddContract.Input { Places = 2, From = new DateOnly(2026, 1, 1), To = new DateOnly(2027, 12, 31), SignedOn = new DateOnly(2025, 12, 1) }));
        Assert.IsType<Result<Guid>.Ok>(contract);

        var noContact = await app.AsAsync<AddMentor, Result<Guid>>(app.Data.JobConsultantA, s => s.RunAsync(companyId, new AddMentor.Input { Name = "Gitte" }));
        Assert.IsType<Result<Guid>.Invalid>(noContact);
        var mentor = await app.AsAsync<AddMentor, Result<Guid>>(app.Data.JobConsultantA, s => s.RunAsync(companyId, new AddMentor.Input { Name = "Gitte", Email = "gitte@example.dk" }));
        Assert.IsType<Result<Guid>.Ok>(mentor);

        var company = await app.AsAsync<GetCompany, Result<GetCompany.Output>>(app.Data.CaseworkerA, s => s.RunAsync(companyId));
        var view = Assert.IsType<Result<GetCompany.Output>.Ok>(company).Value;
        Assert.Equal("30000005", view.Cvr);
        Assert.Equal("Jonas Jobkonsulent", view.FixedContactName);
        Assert.Equal(2, Assert.Single(view.Contracts).Places);
        Assert.Equal("Gitte", Assert.Single(view.Mentors).Name);
    }

    [Fact]
    public void Occupancy_counts_the_most_placements_on_one_day()
    {
        var spans = new[]
        {
            new Occupancy.Span(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)),
            new Occupancy.Span(new DateOnly(2026, 3, 31), null),
            new Occupancy.Span(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)),
        };
        Assert.Equal(2, Occupancy.Peak(spans, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(2, Occupancy.On(spans, new DateOnly(2026, 3, 31)));
        Assert.Equal(1, Occupancy.On(spans, new DateOnly(2026, 5, 1)));
        Assert.Equal(1, Occupancy.Peak(spans, new DateOnly(2026, 5, 1), new DateOnly(2026, 12, 31)));
    }
}
