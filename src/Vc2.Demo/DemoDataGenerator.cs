using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
using Vc2.Steering.Overview;
using Vc2.Platform.Security;
using Vc2.Platform.Users;

namespace Vc2.Demo;

/// <summary>
/// Makes a believable programme on an empty database: three job centres, about 40 companies, about 300 citizens with
/// invented names and invented CPR numbers of valid format, and demo users of every role. The same seed gives the same
/// data. <see cref="DemoCaseWork"/> adds the case work (contracts, mentors, placements with interruptions, agreements,
/// follow-ups, outcomes) as of the demo date, and <see cref="DemoProgress"/> the progress measurements, and <see cref="DemoOrganisation"/> the project organisation and mentor network.
/// </summary>
public sealed class DemoDataGenerator(Vc2Db db, CprProtector protector)
{
    public sealed record Summary(int JobCentres, int Companies, int Citizens, int Users);

    private static readonly (string Name, string Number, string City, string PostalCode, int Expected)[] Centres =
    [
        ("Jobcenter Aarhus", "751", "Aarhus", "8000", 120),
        ("Jobcenter Odense", "461", "Odense", "5000", 100),
        ("Jobcenter Aalborg", "851", "Aalborg", "9000", 100),
    ];

    /// <summary>The date the demo takes place: mid-way through the programme period 2014–2015, so that the grant rules
    /// of ruleset vc2-2014 have something to count (ADR 0008).</summary>
    public static readonly DateOnly DefaultToday = new(2015, 6, 15);

    public async Task<Summary> RunAsync(int seed = 2014, int citizensPerCentre = 100, DateOnly? today = null, CancellationToken ct = default)
    {
        var demoToday = today ?? DefaultToday;
        if (await db.JobCentres.AnyAsync(ct))
        {
            throw new InvalidOperationException("Databasen indeholder allerede data. Demodata kan kun dannes i en tom database.");
        }

        var random = new Random(seed);
        var usedCpr = new HashSet<string>(StringComparer.Ordinal);
        var usedCvr = new HashSet<string>(StringComparer.Ordinal);
        var companyIndex = 0;
        var users = 0;
        var citizenCount = 0;
        Citizen? firstCitizen = null;

        foreach (var (name, number, city, postalCode, expected) in Centres)
        {
            var centre = new JobCentre
            {
                Name = name, MunicipalityNumber = number, ExpectedParticipants = expected, Address = $"Jobcentervej 1, {postalCode} {city}",
                ContactName = $"Projektleder, {name}", ContactEmail = $"vc2@{city.ToLowerInvariant().Replace('å', 'a').Replace('ø', 'o').Replace('æ', 'e')}.dk",
            };
            db.JobCentres.Add(centre);
            db.Commitments.Add(new JobCentreCommitment
            {
                JobCentreId = centre.Id, Number = 1, ExpectedParticipants = expected, ApplicationReceivedOn = new DateOnly(2013, 9, 16), CommittedOn = new DateOnly(2013, 11, 1),
                LetterReference = $"2013-{number}-VC2", CreatedAtUtc = new DateTime(2013, 11, 1, 9, 0, 0, DateTimeKind.Utc), CreatedBy = "Styrelsen (demo)",
            });

            var companies = new List<Company>();
            var citizens = new List<Citizen>();
            var companiesHere = Centres[^1].Number == number
                ? DemoNames.Companies.Length - companyIndex
                : DemoNames.Companies.Length / Centres.Length;
            for (var i = 0; i < companiesHere; i++, companyIndex++)
            {
                var (companyName, industry) = DemoNames.Companies[companyIndex];
                var company = new Company
                {
                    JobCentreId = centre.Id,
                    Cvr = NewCvr(random, usedCvr),
                    PNumber = (1_000_000_000L + random.NextInt64(8_999_999_999L)).ToString(CultureInfo.InvariantCulture),
                    Name = companyName,
                    Industry = industry,
                    Address = Street(random),
                    PostalCode = postalCode,
                    City = city,
                };
                db.Companies.Add(company);
                companies.Add(company);
            }

            for (var i = 0; i < citizensPerCentre; i++)
            {
                var female = random.Next(2) == 0;
                var cpr = NewCpr(random, usedCpr, female, withValidChecksum: random.NextDouble() > 0.05);
                var first = female ? Pick(random, DemoNames.FemaleFirst) : Pick(random, DemoNames.MaleFirst);
                var last = Pick(random, DemoNames.Last);
                var citizen = new Citizen
                {
                    JobCentreId = centre.Id,
                    CprHash = protector.Hash(cpr),
                    CprCipher = protector.Encrypt(cpr),
                    BirthDate = cpr.BirthDate,
                    FirstName = first,
                    LastName = last,
                    Phone = $"{random.Next(20, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}",
                    Email = $"{Ascii(first)}.{Ascii(last)}{random.Next(1, 99)}@example.dk",
                    Address = $"{Street(random)}, {postalCode} {city}",
                    TargetGroup = random.NextDouble() < 0.55 ? TargetGroup.KontanthjaelpTwoYears : TargetGroup.Ressourceforloeb,
                    EnrolmentDate = new DateOnly(2014, 1, 6).AddDays(random.Next(0, Math.Max(1, demoToday.DayNumber - new DateOnly(2014, 1, 6).DayNumber - 10))),
                };
                db.Citizens.Add(citizen);
                citizens.Add(citizen);
                firstCitizen ??= citizen;
                citizenCount++;
            }

            var staff = AddStaff(centre, random);
            users += staff.Count;
            var caseworkers = staff.Where(u => u.Memberships[0].Role == Role.Caseworker).ToList();
            DemoCaseWork.Add(db, random, demoToday, centre, companies, citizens, caseworkers,
                staff.Where(u => u.Memberships[0].Role == Role.JobConsultant).ToList());
            DemoProgress.Add(db, random, demoToday, citizens, caseworkers);
            DemoProgress.AddRequests(db, random, demoToday, centre.Id, staff.Where(u => u.Memberships[0].Role == Role.CompanyMentor).ToList());
            DemoOrganisation.Add(db, random, demoToday, centre, staff.First(u => u.Memberships[0].Role == Role.ProjectLeader).DisplayName, complete: number != Centres[^1].Number);
        }

        db.Users.Add(DemoUser("demo-styrelse", "Karin Styrelsesen (Styrelsen)", Role.Agency, null));
        db.Users.Add(DemoUser("demo-evaluator", "Erik Evaluator", Role.Evaluator, null));
        var citizenUser = DemoUser("demo-borger", $"{firstCitizen!.FullName} (borger)", Role.Citizen, firstCitizen.JobCentreId);
        citizenUser.CitizenId = firstCitizen.Id;
        DemoProgress.AddCitizenRequest(db, demoToday, firstCitizen);
        db.Users.Add(citizenUser);
        users += 3;

        await db.SaveChangesAsync(ct);
        return new Summary(Centres.Length, companyIndex, citizenCount, users);
    }

    private List<AppUser> AddStaff(JobCentre centre, Random random)
    {
        var staff = new (string Key, Role Role, int Count)[]
        {
            ("pl", Role.ProjectLeader, 1), ("sb", Role.Caseworker, 3), ("jk", Role.JobConsultant, 2), ("mentor", Role.CompanyMentor, 2),
        };
        var added = new List<AppUser>();
        foreach (var (key, role, n) in staff)
        {
            for (var i = 1; i <= n; i++)
            {
                var female = random.Next(2) == 0;
                var name = $"{(female ? Pick(random, DemoNames.FemaleFirst) : Pick(random, DemoNames.MaleFirst))} {Pick(random, DemoNames.Last)}";
                var user = DemoUser($"demo-{key}{i}-{centre.MunicipalityNumber}", name, role, centre.Id);
                db.Users.Add(user);
                added.Add(user);
            }
        }

        return added;
    }

    private static AppUser DemoUser(string userName, string displayName, Role role, Guid? jobCentreId) => new()
    {
        UserName = userName,
        DisplayName = displayName,
        Email = $"{userName}@example.dk",
        IsDemo = true,
        Memberships = [new RoleMembership { Role = role, JobCentreId = jobCentreId }],
    };

    /// <summary>An invented CPR number of valid format, born 1960–1998 (seventh digit 0–3 for the 1900s). Most pass the
    /// modulus-11 check; a few do not, as numbers issued since 2007 may not.</summary>
    internal static Cpr NewCpr(Random random, HashSet<string> used, bool female, bool withValidChecksum)
    {
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        while (true)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 39));
            var first9 = birth.ToString("ddMMyy", CultureInfo.InvariantCulture) + random.Next(0, 4) + random.Next(0, 100).ToString("D2", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (first9[i] - '0') * weights[i];
            }

            // Women have an even last digit, men an odd one; the check digit decides which digits pass modulus 11.
            var check = (11 - (sum % 11)) % 11;
            var candidates = Enumerable.Range(0, 10)
                .Where(d => (d % 2 == 1) == !female && (withValidChecksum ? d == check : d != check))
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var last = candidates[random.Next(candidates.Count)];
            var digits = first9 + last;
            if (used.Add(digits))
            {
                return Cpr.Parse(digits);
            }
        }
    }

    internal static string NewCvr(Random random, HashSet<string> used)
    {
        int[] weights = [2, 7, 6, 5, 4, 3, 2, 1];
        while (true)
        {
            var first7 = random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 7; i++)
            {
                sum += (first7[i] - '0') * weights[i];
            }

            var check = (11 - (sum % 11)) % 11;
            if (check < 10 && used.Add(first7 + check))
            {
                return first7 + check;
            }
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Street(Random random) => $"{Pick(random, DemoNames.Streets)} {random.Next(1, 120)}";

    private static string Ascii(string name) => name.ToLowerInvariant()
        .Replace("ø", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal)
        .Replace("å", "aa", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
}
