using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Security;
using Vc2.Platform.Users;

namespace Vc2.Tests.Infrastructure;

/// <summary>Two job centres, A and B, each with staff, a citizen and a company; plus the agency, an evaluator and a
/// citizen login. Small enough to check every figure by hand.</summary>
public sealed record TestData(
    Guid CentreA,
    Guid CentreB,
    Guid CaseworkerA,
    Guid ProjectLeaderA,
    Guid JobConsultantA,
    Guid MentorA,
    Guid CaseworkerB,
    Guid Agency,
    Guid Evaluator,
    Guid CitizenUserA,
    Guid CitizenA,
    Guid CitizenA2,
    Guid CitizenB,
    Guid CompanyA,
    Guid CompanyB,
    Guid MentorOfCompanyA,
    Guid ContractA,
    Guid MentorOfCompanyB,
    Guid ContractB,
    Guid PlacementB,
    Guid AgreementB,
    Guid RequestB)
{
    public const string CprA = "0102701232";
    /// <summary>The fields of the citizen form, filled in validly for citizen A; change some to test.</summary>
    public Dictionary<string, string> CitizenForm(int version = 1, string phone = "12 34 56 78") => new()
    {
        ["Input.FirstName"] = "Anders", ["Input.LastName"] = "Alfasen", ["Input.Phone"] = phone, ["Input.Email"] = "", ["Input.Address"] = "",
        ["Input.TargetGroup"] = "Ressourceforloeb", ["Input.EnrolmentDate"] = "2014-03-01", ["Input.CoordinatingCaseworkerId"] = CaseworkerA.ToString(),
        ["Input.PersonalMentorName"] = "", ["Input.PersonalMentorContact"] = "", ["Input.LongTermJobGoal"] = "", ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Fails the modulus-11 check on purpose: a warning, never a refusal.</summary>
    public const string CprA2 = "1503851238";
    public const string CprB = "2512881230";

    public static async Task<TestData> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var protector = scope.ServiceProvider.GetRequiredService<CprProtector>();

        var a = new JobCentre { Name = "Jobcenter Alfa", MunicipalityNumber = "101", ExpectedParticipants = 100 };
        var b = new JobCentre { Name = "Jobcenter Beta", MunicipalityNumber = "202", ExpectedParticipants = 50 };
        db.JobCentres.AddRange(a, b);

        Citizen NewCitizen(JobCentre centre, string cpr, string first, string last)
        {
            var parsed = Cpr.Parse(cpr);
            var citizen = new Citizen
            {
                JobCentreId = centre.Id, CprHash = protector.Hash(parsed), CprCipher = protector.Encrypt(parsed), BirthDate = parsed.BirthDate,
                FirstName = first, LastName = last, TargetGroup = TargetGroup.Ressourceforloeb, EnrolmentDate = new DateOnly(2014, 3, 1),
                Phone = "12 34 56 78",
            };
            db.Citizens.Add(citizen);
            return citizen;
        }

        var citizenA = NewCitizen(a, CprA, "Anders", "Alfasen");
        var citizenA2 = NewCitizen(a, CprA2, "Amalie", "Alfadatter");
        var citizenB = NewCitizen(b, CprB, "Bodil", "Betasen");

        var companyA = new Company { JobCentreId = a.Id, Cvr = "10000009", Name = "Alfa Bageri ApS" };
        var companyB = new Company { JobCentreId = b.Id, Cvr = "20000007", Name = "Beta Smedje ApS" };
        db.Companies.AddRange(companyA, companyB);
        var mentorOfA = new CompanyMentor { JobCentreId = a.Id, CompanyId = companyA.Id, Name = "Mette Mentor", Phone = "11 22 33 44", Email = "mette@alfa.example" };
        var mentorOfB = new CompanyMentor { JobCentreId = b.Id, CompanyId = companyB.Id, Name = "Bent Mentor", Phone = "55 66 77 88" };
        db.Mentors.AddRange(mentorOfA, mentorOfB);
        var contractA = new FrameworkContract { JobCentreId = a.Id, CompanyId = companyA.Id, Places = 1, From = new DateOnly(2024, 1, 1), To = new DateOnly(2030, 12, 31), SignedOn = new DateOnly(2023, 12, 1) };
        var contractB = new FrameworkContract { JobCentreId = b.Id, CompanyId = companyB.Id, Places = 3, From = new DateOnly(2024, 1, 1), To = new DateOnly(2030, 12, 31), SignedOn = new DateOnly(2023, 12, 1) };
        db.Contracts.AddRange(contractA, contractB);
        var placementB = new Placement
        {
            JobCentreId = b.Id, CitizenId = citizenB.Id, CompanyId = companyB.Id, ContractId = contractB.Id, Start = new DateOnly(2026, 9, 1),
            Mentors = [new MentorAssignment { MentorId = mentorOfB.Id, From = new DateOnly(2026, 9, 1) }],
        };
        db.Placements.Add(placementB);
        var agreementB = new WorkAgreement
        {
            JobCentreId = b.Id, PlacementId = placementB.Id, Number = 1, LongTermGoal = "Job som smed", PlacementGoal = "Lære værkstedet at kende",
            TasksAndHours = "Oprydning, 10 timer", MentorRole = "Daglig støtte", CreatedBy = "test", SubGoals = [new SubGoal { Order = 1, Text = "Møde til tiden" }],
        };
        db.Agreements.Add(agreementB);
        var requestB = new Vc2.CaseWork.Progress.MeasurementRequest
        {
            JobCentreId = b.Id, CitizenId = citizenB.Id, PlacementId = placementB.Id, Respondent = Vc2.CaseWork.Progress.Respondent.Mentor, MentorId = mentorOfB.Id,
            Kind = Vc2.CaseWork.Progress.MeasurementKind.Baseline, DueBy = new DateOnly(2026, 9, 15), ExpiresAtUtc = new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            CreatedBy = "test", CreatedAtUtc = new DateTime(2026, 9, 2, 0, 0, 0, DateTimeKind.Utc),
        };
        db.MeasurementRequests.Add(requestB);

        AppUser User(string name, Role role, Guid? centre)
        {
            var user = new AppUser
            {
                UserName = name, DisplayName = name, IsDemo = true,
                Memberships = [new RoleMembership { Role = role, JobCentreId = centre }],
            };
            db.Users.Add(user);
            return user;
        }

        var caseworkerA = User("Sagsbehandler A", Role.Caseworker, a.Id);
        var leaderA = User("Projektleder A", Role.ProjectLeader, a.Id);
        var consultantA = User("Jobkonsulent A", Role.JobConsultant, a.Id);
        var mentorA = User("Mentor A", Role.CompanyMentor, a.Id);
        mentorA.CompanyMentorId = mentorOfA.Id;
        var caseworkerB = User("Sagsbehandler B", Role.Caseworker, b.Id);
        var agency = User("Styrelsen", Role.Agency, null);
        var evaluator = User("Evaluator", Role.Evaluator, null);
        var citizenUser = User("Borger A", Role.Citizen, a.Id);
        citizenUser.CitizenId = citizenA.Id;
        citizenA.CoordinatingCaseworkerId = caseworkerA.Id;
        citizenA2.CoordinatingCaseworkerId = caseworkerA.Id;
        citizenB.CoordinatingCaseworkerId = caseworkerB.Id;

        await db.SaveChangesAsync();
        return new TestData(a.Id, b.Id, caseworkerA.Id, leaderA.Id, consultantA.Id, mentorA.Id, caseworkerB.Id, agency.Id,
            evaluator.Id, citizenUser.Id, citizenA.Id, citizenA2.Id, citizenB.Id, companyA.Id, companyB.Id, mentorOfA.Id, contractA.Id,
            mentorOfB.Id, contractB.Id, placementB.Id, agreementB.Id, requestB.Id);
    }
}
