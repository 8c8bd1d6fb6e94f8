using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;
using Vc2.CaseWork.FollowUps;
using Vc2.Platform.JobCentres;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Users;

namespace Vc2.Demo;

/// <summary>
/// The case work of the demo, as of the demo date: company contacts, framework contracts and mentors; for most citizens
/// a coordinating caseworker, an exit strategy and placements — some interrupted and resumed at another company, some
/// still running — with work agreements, follow-ups every few weeks and, for some, a job or an education afterwards.
/// Some records are left with what a caseworker must act on (no agreement, an overdue follow-up), as in real life.
/// </summary>
internal static class DemoCaseWork
{
    /// <summary>How one job centre works: the shares behind its figures. The three original demo centres use
    /// <see cref="Original"/>; the national demo draws one per centre so that centres differ as real ones do.</summary>
    internal sealed record Profile(double CaseworkerShare, double PlacedShare, double AgreementMissing, double AcceptedShare, EndReason[] LastEnds)
    {
        public static readonly Profile Original = new(0.97, 0.88, 0.1, 0.85,
            [EndReason.OrdinaryJob, EndReason.Flexjob, EndReason.Education, EndReason.Other, EndReason.Illness]);

        private static readonly EndReason[][] Results =
        [
            [EndReason.OrdinaryJob, EndReason.OrdinaryJob, EndReason.Flexjob, EndReason.Education, EndReason.Other],
            Original.LastEnds,
            [EndReason.OrdinaryJob, EndReason.Flexjob, EndReason.Other, EndReason.Illness, EndReason.DroppedOut],
            [EndReason.Flexjob, EndReason.Other, EndReason.Illness, EndReason.Illness, EndReason.DroppedOut],
        ];

        public static Profile Draw(Random random) => new(
            CaseworkerShare: random.NextDouble() < 0.3 ? 1.0 : 0.9 + (random.NextDouble() * 0.1),
            PlacedShare: 0.7 + (random.NextDouble() * 0.25),
            AgreementMissing: random.NextDouble() * 0.2,
            AcceptedShare: 0.6 + (random.NextDouble() * 0.4),
            LastEnds: Results[random.Next(Results.Length)]);
    }

    private static readonly string[] Goals =
    [
        "Job i detailhandlen", "Fast job som lagermedarbejder", "Fleksjob i en kantine", "Uddannelse som SOSU-hjælper",
        "Job som pedelmedhjælper", "Fleksjob med kundekontakt", "Job i grøn pleje", "Uddannelse som ernæringsassistent",
    ];

    private static readonly string[] SubGoals =
    [
        "Møder til aftalt tid", "Siger til, når noget er svært", "Kan løse en opgave selvstændigt", "Holder pauser som aftalt",
        "Arbejder sammen med en kollega", "Øger arbejdstiden med en time om ugen", "Melder afbud før kl. 8",
    ];

    private static readonly string[] Notes =
    [
        "God uge. Borgeren var glad for de nye opgaver.", "Lidt træt efter weekenden; vi aftalte kortere dage.",
        "Mentor fortæller om bedre samarbejde med kollegerne.", "Enkelte fraværsdage på grund af smerter.",
        "Borgeren vil gerne prøve flere timer.", "Vi talte om udslusning og næste skridt.",
    ];

    public static void Add(Vc2Db db, Random random, DateOnly today, JobCentre centre, List<Company> companies, List<Citizen> citizens,
        List<AppUser> caseworkers, List<AppUser> consultants, Profile profile)
    {
        var mentors = new Dictionary<Guid, List<CompanyMentor>>();
        var contracts = new Dictionary<Guid, List<FrameworkContract>>();
        foreach (var company in companies)
        {
            SetContacts(random, company, consultants);
            mentors[company.Id] = AddMentors(db, random, centre, company);
            contracts[company.Id] = [AddContract(db, random, centre, company)];
        }

        foreach (var citizen in citizens)
        {
            AssignCaseworkAndGoal(db, random, centre, citizen, caseworkers, profile);
            if (random.NextDouble() < profile.PlacedShare)
            {
                AddPlacements(db, random, today, centre, citizen, companies, mentors, contracts, profile);
            }
        }
    }

    /// <summary>The company's own contact and, for most, a fixed contact among the job centre's consultants.</summary>
    private static void SetContacts(Random random, Company company, List<AppUser> consultants)
    {
        company.ContactName = $"{Pick(random, DemoNames.FemaleFirst)} {Pick(random, DemoNames.Last)}";
        company.ContactPhone = Phone(random);
        if (random.NextDouble() < 0.85)
        {
            var consultant = Pick(random, consultants);
            company.FixedContactName = consultant.DisplayName;
            company.FixedContactEmail = consultant.Email;
            company.FixedContactPhone = Phone(random);
            company.FixedContactHours = "Hverdage kl. 8–15";
        }
    }

    private static List<CompanyMentor> AddMentors(Vc2Db db, Random random, JobCentre centre, Company company) =>
        Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
        {
            var first = random.Next(2) == 0 ? Pick(random, DemoNames.FemaleFirst) : Pick(random, DemoNames.MaleFirst);
            var last = Pick(random, DemoNames.Last);
            var mentor = new CompanyMentor
            {
                JobCentreId = centre.Id, CompanyId = company.Id, Name = $"{first} {last}", Title = Pick(random, ["Daglig leder", "Værkfører", "Souschef", "Medarbejder"]),
                Phone = Phone(random), Email = $"{first.ToLowerInvariant()}@{company.Name.Split(' ')[0].ToLowerInvariant()}.example.dk",
            };
            db.Mentors.Add(mentor);
            return mentor;
        }).ToList();

    private static FrameworkContract AddContract(Vc2Db db, Random random, JobCentre centre, Company company)
    {
        var contract = new FrameworkContract
        {
            JobCentreId = centre.Id, CompanyId = company.Id, Places = random.Next(2, 7), From = new DateOnly(2014, 1, 1),
            To = new DateOnly(2015, 12, 31), SignedOn = new DateOnly(2013, 12, 1).AddDays(random.Next(0, 25)),
        };
        db.Contracts.Add(contract);
        return contract;
    }

    /// <summary>The citizen's coordinating caseworker (for most), job goal, personal mentor (for some) and exit strategy
    /// (for most).</summary>
    private static void AssignCaseworkAndGoal(Vc2Db db, Random random, JobCentre centre, Citizen citizen, List<AppUser> caseworkers, Profile profile)
    {
        citizen.CoordinatingCaseworkerId = random.NextDouble() < profile.CaseworkerShare ? Pick(random, caseworkers).Id : null;
        citizen.LongTermJobGoal = Pick(random, Goals);
        if (random.NextDouble() < 0.3)
        {
            citizen.PersonalMentorName = $"{Pick(random, DemoNames.FemaleFirst)} {Pick(random, DemoNames.Last)}";
            citizen.PersonalMentorContact = Phone(random);
        }

        if (random.NextDouble() < 0.7)
        {
            var target = citizen.LongTermJobGoal.Contains("Fleksjob", StringComparison.Ordinal) ? ExitTarget.Flexjob
                : citizen.LongTermJobGoal.Contains("Uddannelse", StringComparison.Ordinal) ? ExitTarget.Education : ExitTarget.OrdinaryJob;
            db.ExitStrategies.Add(new ExitStrategy
            {
                JobCentreId = centre.Id, CitizenId = citizen.Id, Target = target, CreatedBy = "Demodata",
                Steps = "1. Stabilt fremmøde i virksomhedscenteret.\n2. Flere timer og egne opgaver.\n3. Afklaring af job- eller uddannelsesmål.\n4. Jobsøgning med støtte.",
                CreatedAtUtc = citizen.EnrolmentDate.AddDays(random.Next(7, 30)).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            });
        }
    }

    private static void AddPlacements(Vc2Db db, Random random, DateOnly today, JobCentre centre, Citizen citizen, List<Company> companies,
        Dictionary<Guid, List<CompanyMentor>> mentors, Dictionary<Guid, List<FrameworkContract>> contracts, Profile profile)
    {
        var start = citizen.EnrolmentDate.AddDays(random.Next(3, 30));
        var company = Pick(random, companies);
        var count = random.Next(1, 4);
        for (var i = 0; i < count && start < today; i++)
        {
            var length = random.Next(25, 200);
            var end = start.AddDays(length);
            var running = end >= today;
            var reason = running ? (EndReason?)null
                : i < count - 1 ? Pick(random, [EndReason.Illness, EndReason.Illness, EndReason.DroppedOut, EndReason.Other])
                : Pick(random, profile.LastEnds);
            var contract = contracts[company.Id].FirstOrDefault(k => k.From <= start && start <= k.To);
            var mentor = Pick(random, mentors[company.Id]);
            var placement = new Placement
            {
                JobCentreId = centre.Id, CitizenId = citizen.Id, CompanyId = company.Id, ContractId = contract?.Id, Start = start,
                PlannedEnd = start.AddDays(length + random.Next(0, 60)), ActualEnd = running ? null : end, EndReason = reason,
                WeeklyHoursNow = random.Next(4, 16), WeeklyHoursTarget = random.Next(15, 30),
                FlexAttendance = "Kan melde afbud samme morgen ved dårlige dage.", FlexHours = "Korte dage i starten, gradvis optrapning.",
                FlexTasks = "Opgaver uden tidspres de første uger.", CreatedAtUtc = start.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                Mentors = [new MentorAssignment { MentorId = mentor.Id, From = start, To = running ? null : end }],
            };
            db.Placements.Add(placement);
            AddAgreementAndFollowUps(db, random, today, placement, citizen, mentor, profile);

            if (!running && reason is EndReason.OrdinaryJob or EndReason.Flexjob or EndReason.Education)
            {
                AddOutcome(db, random, centre, citizen, company, end, reason.Value);
                return;
            }

            if (running)
            {
                return;
            }

            // An interruption: most resume within four weeks, at the same or another company.
            start = end.AddDays(random.NextDouble() < 0.7 ? random.Next(3, 28) : random.Next(30, 90));
            company = random.NextDouble() < 0.5 ? company : Pick(random, companies);
        }
    }

    /// <summary>The job, flexjob or education the placement ended in.</summary>
    private static void AddOutcome(Vc2Db db, Random random, JobCentre centre, Citizen citizen, Company company, DateOnly end, EndReason reason)
    {
        db.Outcomes.Add(new Outcome
        {
            JobCentreId = centre.Id, CitizenId = citizen.Id, CreatedBy = "Demodata", CreatedAtUtc = end.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            Kind = reason switch { EndReason.Flexjob => OutcomeKind.Flexjob, EndReason.Education => OutcomeKind.Education, _ => OutcomeKind.OrdinaryJob },
            Organisation = reason == EndReason.Education ? Pick(random, ["Social- og sundhedsskolen", "Erhvervsskolen", "VUC"]) : company.Name,
            WeeklyHours = reason == EndReason.Education ? null : random.Next(8, 38),
            Start = end.AddDays(random.Next(1, 20)),
        });
    }

    private static void AddAgreementAndFollowUps(Vc2Db db, Random random, DateOnly today, Placement placement, Citizen citizen, CompanyMentor mentor, Profile profile)
    {
        if (random.NextDouble() < profile.AgreementMissing)
        {
            return; // no agreement yet: the work list shows it
        }

        var written = placement.Start.AddDays(random.Next(0, 8));
        var goals = SubGoals.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).ToList();
        var accepted = random.NextDouble() < profile.AcceptedShare;
        var at = written.AddDays(random.Next(0, 5)).ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);
        var agreement = new WorkAgreement
        {
            JobCentreId = placement.JobCentreId, PlacementId = placement.Id, Number = 1, CreatedBy = "Demodata",
            CreatedAtUtc = written.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            LongTermGoal = citizen.LongTermJobGoal ?? "Job",
            PlacementGoal = "Stabilt fremmøde og gradvis flere timer med opgaver, borgeren kan lide.",
            TasksAndHours = $"Praktiske opgaver i afdelingen, {placement.WeeklyHoursNow:0} timer om ugen fordelt på 3–4 dage.",
            MentorRole = $"{mentor.Name} tager imod borgeren, giver dagens opgaver og tager en kort snak hver fredag.",
            SubGoals = goals.Select((g, i) => new SubGoal { Order = i + 1, Text = g }).ToList(),
            AcceptedByCitizenAtUtc = accepted ? at : null, AcceptedByCitizenBy = accepted ? citizen.FullName : null,
            AcceptedByCompanyAtUtc = accepted ? at : null, AcceptedByCompanyBy = accepted ? mentor.Name : null,
            AcceptedByJobCentreAtUtc = accepted ? at : null, AcceptedByJobCentreBy = accepted ? "Demodata" : null,
        };
        db.Agreements.Add(agreement);
        if (accepted)
        {
            // Signed on paper by the citizen and the company, accepted in VC2 by the job centre (ADR 0023).
            var hash = AgreementText.Hash(agreement);
            var signed = DateOnly.FromDateTime(at);
            agreement.Acceptances.AddRange(
            [
                new AgreementAcceptance { JobCentreId = placement.JobCentreId, AgreementId = agreement.Id, Party = AgreementParty.Citizen, Way = AcceptanceWay.Paper, AtUtc = at, By = citizen.FullName, SignedOn = signed, TextHash = hash },
                new AgreementAcceptance { JobCentreId = placement.JobCentreId, AgreementId = agreement.Id, Party = AgreementParty.Company, Way = AcceptanceWay.Paper, AtUtc = at, By = mentor.Name, SignedOn = signed, TextHash = hash },
                new AgreementAcceptance { JobCentreId = placement.JobCentreId, AgreementId = agreement.Id, Party = AgreementParty.JobCentre, Way = AcceptanceWay.InVc2, AtUtc = at, By = "Demodata", TextHash = hash },
            ]);
        }

        var last = placement.ActualEnd ?? today;
        // Every three to five weeks; for a few running placements the latest is missing, so follow-up is overdue.
        var stopEarly = placement.ActualEnd is null && random.NextDouble() < 0.25 ? 40 : 0;
        for (var date = placement.Start.AddDays(random.Next(14, 28)); date <= last.AddDays(-stopEarly); date = date.AddDays(random.Next(21, 36)))
        {
            var progress = Math.Min(1.0, (date.DayNumber - placement.Start.DayNumber) / 120.0);
            db.FollowUps.Add(new FollowUp
            {
                JobCentreId = placement.JobCentreId, PlacementId = placement.Id, AgreementId = agreement.Id, Date = date,
                Form = Pick(random, [FollowUpForm.AtCompany, FollowUpForm.AtCompany, FollowUpForm.Phone, FollowUpForm.AtJobCentre, FollowUpForm.Video]),
                Participants = $"{citizen.FirstName}, {mentor.Name} og sagsbehandler", HoursWorked = Math.Round((decimal)(4 + (progress * 12) + random.Next(-2, 3)), 1),
                Notes = Pick(random, Notes), NextDate = random.NextDouble() < 0.5 ? date.AddDays(28) : null, CreatedBy = "Demodata",
                CreatedAtUtc = date.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc),
                Assessments = agreement.SubGoals.Select(g => new SubGoalAssessment
                {
                    SubGoalId = g.Id,
                    Status = random.NextDouble() < progress ? SubGoalStatus.Achieved : random.NextDouble() < 0.8 ? SubGoalStatus.InProgress : SubGoalStatus.NotStarted,
                }).ToList(),
            });
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Phone(Random random) => $"{random.Next(20, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}";
}
