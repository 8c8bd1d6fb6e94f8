using Microsoft.Extensions.DependencyInjection;
using Vc2.Citizens;
using Vc2.Companies;
using Vc2.Data;
using Vc2.JobCentres;
using Vc2.Security;
using Vc2.Users;

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
    Guid CompanyB)
{
    public const string CprA = "0102701232";
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
        var caseworkerB = User("Sagsbehandler B", Role.Caseworker, b.Id);
        var agency = User("Styrelsen", Role.Agency, null);
        var evaluator = User("Evaluator", Role.Evaluator, null);
        var citizenUser = User("Borger A", Role.Citizen, a.Id);
        citizenUser.CitizenId = citizenA.Id;

        await db.SaveChangesAsync();
        return new TestData(a.Id, b.Id, caseworkerA.Id, leaderA.Id, consultantA.Id, mentorA.Id, caseworkerB.Id, agency.Id,
            evaluator.Id, citizenUser.Id, citizenA.Id, citizenA2.Id, citizenB.Id, companyA.Id, companyB.Id);
    }
}
