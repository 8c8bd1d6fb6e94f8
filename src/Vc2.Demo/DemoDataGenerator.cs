using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
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

    /// <summary>The most job centres a national demo can have: every municipality, then districts of the largest.</summary>
    public static int MaxCentres => DemoMunicipalities.MaxCentres;

    /// <summary>Makes the demo. With <paramref name="centres"/> above three it is a national demo: the three original
    /// centres exactly as in the small demo, then one job centre per municipality (<see cref="DemoMunicipalities"/>),
    /// each with its own random draw and its own <see cref="DemoCaseWork.Profile"/> — size, commitment, caseworker
    /// cover, agreements and results differ from centre to centre. Each job centre is saved and let go of before the
    /// next, so time and memory grow linearly with the number of centres; it all happens in one transaction, so a
    /// failure leaves the database empty.</summary>
    public async Task<Summary> RunAsync(int seed = 2014, int citizensPerCentre = 100, DateOnly? today = null,
        int centres = 3, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var demoToday = today ?? DefaultToday;
        if (centres < 1 || centres > MaxCentres)
        {
            throw new ArgumentOutOfRangeException(nameof(centres), centres, $"Antal jobcentre skal være mellem 1 og {MaxCentres}.");
        }

        if (await db.JobCentres.AnyAsync(ct))
        {
            throw new InvalidOperationException("Databasen indeholder allerede data. Demodata kan kun dannes i en tom database.");
        }

        var run = new DemoRun(seed, new Random(seed), citizensPerCentre, demoToday);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false; // nothing is changed after it is added; detecting would be quadratic
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            for (var index = 0; index < centres; index++)
            {
                ct.ThrowIfCancellationRequested();
                await AddJobCentreAsync(run, index, ct);
                progress?.Report(index + 1);
            }

            db.Users.Add(DemoUser("demo-styrelse", "Karin Styrelsesen (Styrelsen)", Role.Agency, null));
            db.Users.Add(DemoUser("demo-evaluator", "Erik Evaluator", Role.Evaluator, null));
            run.Users += 2;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return new Summary(centres, run.CompanyIndex, run.Citizens, run.Users);
    }

    /// <summary>What one demo run carries from job centre to job centre: the seed and first draw, the CPR and CVR numbers
    /// in use, and the counts so far.</summary>
    private sealed class DemoRun(int seed, Random random, int citizensPerCentre, DateOnly today)
    {
        public int Seed { get; } = seed;

        public Random Random { get; } = random;

        public int CitizensPerCentre { get; } = citizensPerCentre;

        public DateOnly Today { get; } = today;

        public HashSet<string> UsedCpr { get; } = new(StringComparer.Ordinal);

        public HashSet<string> UsedCvr { get; } = new(StringComparer.Ordinal);

        public int CompanyIndex { get; set; }

        public int Users { get; set; }

        public int Citizens { get; set; }
    }

    /// <summary>One job centre with its companies, citizens, staff and case work, saved and let go of.</summary>
    private async Task AddJobCentreAsync(DemoRun run, int index, CancellationToken ct)
    {
        var original = index < Centres.Length;
        // The original centres share the first draw so the small demo stays as it always was; the others draw
        // on their own, so adding centres never changes the ones before.
        var draw = original ? run.Random : new Random(HashCode.Combine(run.Seed, index));
        var (name, number, city, postalCode) = original
            ? (Centres[index].Name, Centres[index].Number, Centres[index].City, Centres[index].PostalCode)
            : DemoMunicipalities.Centre(index);
        var size = original ? run.CitizensPerCentre : Math.Max(1, (int)Math.Round(run.CitizensPerCentre * (0.6 + (draw.NextDouble() * 0.8))));
        var expected = original ? Centres[index].Expected : Math.Max(10, (int)Math.Round(size * (0.8 + (draw.NextDouble() * 0.5)) / 10) * 10);
        var profile = original ? DemoCaseWork.Profile.Original : DemoCaseWork.Profile.Draw(draw);
        var centre = AddCentre(name, number, city, postalCode, expected);
        var companies = original
            ? AddCompanies(centre, postalCode, city, draw, run.UsedCvr, run.CompanyIndex, index == Centres.Length - 1 ? DemoNames.Companies.Length - run.CompanyIndex : DemoNames.Companies.Length / Centres.Length, suffix: false)
            : AddCompanies(centre, postalCode, city, draw, run.UsedCvr, draw.Next(DemoNames.Companies.Length), Math.Max(3, (int)Math.Ceiling(size / 7.5)), suffix: true);
        run.CompanyIndex += companies.Count;
        var citizens = AddCitizens(centre, postalCode, city, draw, run.UsedCpr, size, run.Today);
        run.Citizens += citizens.Count;

        var staff = AddStaff(centre, draw, caseworkers: original ? 3 : Math.Max(2, (int)Math.Ceiling(size / 60.0)));
        run.Users += staff.Count;
        AddCaseWork(run.Today, draw, index, centre, profile, companies, citizens, staff);
        if (index == 0)
        {
            run.Users += AddSharedCourseUsers(run.Today, centre, companies, citizens, staff);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (((index + 1) & index) == 0)
        {
            // At 1, 2, 4, 8 … centres: PostgreSQL planned the foreign-key checks when the tables were empty
            // (sequential scans); fresh statistics let it replan them with the indexes, or the load turns quadratic.
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }
    }

    /// <summary>The centre's case work, progress, requests and project organisation.</summary>
    private void AddCaseWork(DateOnly demoToday, Random draw, int index, JobCentre centre, DemoCaseWork.Profile profile, List<Company> companies,
        List<Citizen> citizens, List<AppUser> staff)
    {
        var original = index < Centres.Length;
        var caseworkers = staff.Where(u => u.Memberships[0].Role == Role.Caseworker).ToList();
        db.ChangeTracker.DetectChanges();
        DemoCaseWork.Add(db, draw, demoToday, centre, companies, citizens, caseworkers,
            staff.Where(u => u.Memberships[0].Role == Role.JobConsultant).ToList(), profile);
        db.ChangeTracker.DetectChanges();
        DemoProgress.Add(db, draw, demoToday, citizens, caseworkers);
        DemoProgress.AddRequests(db, draw, demoToday, centre.Id, staff.Where(u => u.Memberships[0].Role == Role.CompanyMentor).ToList());
        DemoOrganisation.Add(db, draw, demoToday, centre, staff.First(u => u.Memberships[0].Role == Role.ProjectLeader).DisplayName,
            complete: original ? index != Centres.Length - 1 : draw.NextDouble() < 0.8, awaitingReview: original ? index == 1 : draw.NextDouble() < 0.3);
        if (original)
        {
            DemoOrganisation.AddComingEvents(db, demoToday, centre);
        }
    }

    /// <summary>The demo's citizen and company contact share the first demo mentor's course, so that the three parties
    /// of one work agreement can each be tried (ADR 0023). Returns the number of users added.</summary>
    private int AddSharedCourseUsers(DateOnly demoToday, JobCentre centre, List<Company> companies, List<Citizen> citizens, List<AppUser> staff)
    {
        var users = 0;
        var mentorUser = staff.First(u => u.Memberships[0].Role == Role.CompanyMentor);
        var shared = db.Placements.Local.Where(p => p.JobCentreId == centre.Id && p.ActualEnd is null && p.Start <= demoToday
                                                    && p.Mentors.Any(m => m.MentorId == mentorUser.CompanyMentorId))
            .OrderBy(p => p.Start).FirstOrDefault();
        var firstCitizen = shared is null ? citizens[0] : citizens.First(c => c.Id == shared.CitizenId);
        var citizenUser = DemoUser("demo-borger", $"{firstCitizen.FullName} (borger)", Role.Citizen, firstCitizen.JobCentreId);
        citizenUser.CitizenId = firstCitizen.Id;
        db.ChangeTracker.DetectChanges();
        DemoProgress.AddCitizenRequest(db, demoToday, firstCitizen);
        db.Users.Add(citizenUser);
        users++;
        if (shared is not null)
        {
            var company = companies.First(c => c.Id == shared.CompanyId);
            var contactUser = DemoUser("demo-virksomhed", $"{company.ContactName ?? "Kontaktperson"} ({company.Name})", Role.CompanyContact, centre.Id);
            contactUser.CompanyId = company.Id;
            company.ContactEmail = contactUser.Email;
            db.Users.Add(contactUser);
            users++;
        }

        return users;
    }

    private JobCentre AddCentre(string name, string number, string city, string postalCode, int expected)
    {
        var centre = new JobCentre
        {
            Name = name, MunicipalityNumber = number, ExpectedParticipants = expected, Address = $"Jobcentervej 1, {postalCode} {city}",
            ContactName = $"Projektleder, {name}", ContactEmail = $"vc2@{Ascii(city).Replace("-", "", StringComparison.Ordinal)}.dk",
        };
        db.JobCentres.Add(centre);
        db.Commitments.Add(new JobCentreCommitment
        {
            JobCentreId = centre.Id, Number = 1, ExpectedParticipants = expected, ApplicationReceivedOn = new DateOnly(2013, 9, 16), CommittedOn = new DateOnly(2013, 11, 1),
            LetterReference = $"2013-{number}-VC2", CreatedAtUtc = new DateTime(2013, 11, 1, 9, 0, 0, DateTimeKind.Utc), CreatedBy = "Styrelsen (demo)",
        });
        return centre;
    }

    /// <summary>Companies from the demo's list, from <paramref name="first"/> on; a national centre uses the list round
    /// (names recur between towns, as chains do) and numbers a name's second use in the same centre.</summary>
    private List<Company> AddCompanies(JobCentre centre, string postalCode, string city, Random random, HashSet<string> usedCvr, int first, int count, bool suffix)
    {
        var companies = new List<Company>(count);
        for (var i = 0; i < count; i++)
        {
            var (companyName, industry) = DemoNames.Companies[(first + i) % DemoNames.Companies.Length];
            var round = i / DemoNames.Companies.Length;
            var company = new Company
            {
                JobCentreId = centre.Id,
                Cvr = NewCvr(random, usedCvr),
                PNumber = (1_000_000_000L + random.NextInt64(8_999_999_999L)).ToString(CultureInfo.InvariantCulture),
                Name = suffix && round > 0 ? $"{companyName}, afdeling {round + 1}" : companyName,
                Industry = industry,
                Address = Street(random),
                PostalCode = postalCode,
                City = city,
            };
            db.Companies.Add(company);
            companies.Add(company);
        }

        return companies;
    }

    private List<Citizen> AddCitizens(JobCentre centre, string postalCode, string city, Random random, HashSet<string> usedCpr, int count, DateOnly demoToday)
    {
        var citizens = new List<Citizen>(count);
        for (var i = 0; i < count; i++)
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
        }

        return citizens;
    }

    private List<AppUser> AddStaff(JobCentre centre, Random random, int caseworkers)
    {
        var staff = new (string Key, Role Role, int Count)[]
        {
            ("pl", Role.ProjectLeader, 1), ("sb", Role.Caseworker, caseworkers), ("jk", Role.JobConsultant, 2), ("mentor", Role.CompanyMentor, 2),
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
