using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
using Vc2.Steering.MentorNetwork;
using Vc2.Steering.Organisation;

namespace Vc2.Demo;

/// <summary>
/// The project organisation and mentor network of the demo job centres: an indsatsgruppe and a project plan in two
/// versions, mentor courses that most mentors have taken, and a network meeting in most quarters. The last job centre
/// has neither group nor plan and skipped a quarter, so the holdepunkter dashboard has red rows to show.
/// </summary>
internal static class DemoOrganisation
{
    public static void Add(Vc2Db db, Random random, DateOnly today, JobCentre centre, string projectLeader, bool complete, bool awaitingReview)
    {
        var now = today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var mentors = db.Mentors.Local.Where(m => m.JobCentreId == centre.Id).ToList();
        if (complete)
        {
            AddGroup(db, centre, projectLeader);
            AddPlans(db, centre, projectLeader, awaitingReview);
        }

        AddCourses(db, random, today, now, centre, mentors);
        AddNetworkMeetings(db, random, today, now, centre, mentors, complete);
    }

    /// <summary>The indsatsgruppe.</summary>
    private static void AddGroup(Vc2Db db, JobCentre centre, string projectLeader)
    {
        foreach (var (name, department, role) in new[]
                 {
                     ("Jens Jobcenterchef", "Jobcenterledelsen", "Formand"),
                     (projectLeader, "Virksomhedsservice", "Projektleder"),
                     ("Rikke Rehabilitering", "Rehabiliteringsteamet", "Repræsentant for rehabiliteringsteamet"),
                     ("Ole Opfølgning", "Ressourceforløb", "Teamleder for koordinerende sagsbehandlere"),
                 })
        {
            db.GroupMembers.Add(new GroupMember { JobCentreId = centre.Id, Name = name, Department = department, Role = role, AddedAtUtc = new DateTime(2014, 1, 10, 9, 0, 0, DateTimeKind.Utc) });
        }
    }

    private static void AddPlans(Vc2Db db, JobCentre centre, string projectLeader, bool awaitingReview)
    {
        // The dialogue with the agency (ADR 0024): version 1 came back with a comment on the results, version 2 answers
        // it and is approved — or, in some centres, still waits for the agency.
        for (var version = 1; version <= 2; version++)
        {
            var plan = new ProjectPlan
            {
                JobCentreId = centre.Id, Number = version, ProjectLeader = projectLeader, CreatedBy = projectLeader,
                CreatedAtUtc = version == 1 ? new DateTime(2014, 1, 20, 10, 0, 0, DateTimeKind.Utc) : new DateTime(2015, 1, 15, 10, 0, 0, DateTimeKind.Utc),
                Purpose = $"{centre.Name} vil give borgere i ressourceforløb og på kontanthjælp i mindst to år lange forløb på almindelige virksomheder, så flere kommer i job, fleksjob eller uddannelse.",
                SuccessCriteria = "Mindst 100 borgere i forløb i perioden. Halvdelen når tre måneder. Borgerne oplever progression målt med nulpunkts- og opfølgningsmålinger.",
                Activities = "Rammeaftaler med virksomheder, mentorkurser, kvartalsvise netværksmøder, tæt opfølgning ved koordinerende sagsbehandler.",
                Results = version == 1 ? "Forventet: 60 borgere i 2014, 60 i 2015." : "2014: 58 borgere i forløb. Forventet 2015: 62 borgere.",
                Timeline = "Januar 2014: opstart. Marts 2014: første forløb. Hvert kvartal: netværksmøde. December 2015: afslutning.",
                ResponsibilityPerHoldepunkt = "1, 5, 6: virksomhedsservice. 2, 7: projektleder. 3, 4: koordinerende sagsbehandlere. 8: jobcenterchefen. 9: projektleder.",
                Referral = "Rehabiliteringsteamet og sagsbehandlerne visiterer borgere i målgruppen; projektlederen matcher med virksomhed.",
                CompanyKinds = "Detailhandel, lager, kantiner, pleje og grønne områder — virksomheder med rolige opgaver og en fast mentor.",
                Organisation = "Projektlederen refererer til indsatsgruppen, der mødes hver anden måned.",
                LeadershipAndRehabilitationTeam = "Ledelsen følger holdepunkterne på hvert møde i indsatsgruppen; rehabiliteringsteamet anbefaler borgere og følger op på planerne.",
                AnswerToAgency = version == 1 ? null : "Resultaterne er nu opgjort pr. år med det faktiske tal for 2014, som styrelsen bad om.",
                Review = version == 1 ? PlanReview.ChangesRequested : awaitingReview ? PlanReview.Awaiting : PlanReview.Approved,
            };
            if (plan.Review != PlanReview.Awaiting)
            {
                (plan.ReviewedAtUtc, plan.ReviewedBy) = (plan.CreatedAtUtc.AddDays(14), "Karin Styrelsesen (Styrelsen)");
            }

            db.ProjectPlans.Add(plan);
            if (version == 1)
            {
                db.PlanComments.Add(new PlanComment
                {
                    JobCentreId = centre.Id, PlanId = plan.Id, Section = "results", ByAgency = true, AuthorName = "Karin Styrelsesen (Styrelsen)",
                    WrittenAtUtc = plan.CreatedAtUtc.AddDays(13),
                    Text = "Opgør de forventede resultater pr. år, og skriv de faktiske tal ind, når året er gået, så planen kan følges.",
                });
            }
        }
    }

    private static void AddCourses(Vc2Db db, Random random, DateOnly today, DateTime now, JobCentre centre, List<CompanyMentor> mentors)
    {
        // Courses: most mentors have taken one.
        foreach (var date in new[] { new DateOnly(2014, 3, 12), new DateOnly(2014, 10, 8), new DateOnly(2015, 4, 22) }.Where(d => d <= today))
        {
            db.MentorCourses.Add(new MentorCourse
            {
                JobCentreId = centre.Id, Date = date, Content = "Mentorrollen, samtalen med borgeren, arbejdsaftalen og hvem man ringer til i jobcentret.",
                CreatedAtUtc = now, Participants = mentors.Where(_ => random.NextDouble() < 0.3).Select(m => new CourseParticipant { MentorId = m.Id }).ToList(),
            });
        }
    }

    private static void AddNetworkMeetings(Vc2Db db, Random random, DateOnly today, DateTime now, JobCentre centre, List<CompanyMentor> mentors, bool complete)
    {
        // A network meeting in most quarters; the incomplete job centre skipped one.
        foreach (var quarter in Quarter.Between(new DateOnly(2014, 1, 1), today))
        {
            if (!complete && quarter == new Quarter(2014, 3))
            {
                continue;
            }

            var date = quarter.First.AddDays(random.Next(20, 70));
            if (date > today)
            {
                continue;
            }

            db.NetworkMeetings.Add(new NetworkMeeting
            {
                JobCentreId = centre.Id, Date = date, Topic = Pick(random, ["Erfaringer med de første forløb", "Når borgeren melder sig syg", "Mentor og kolleger", "Fra forløb til job"]),
                CreatedAtUtc = now, Attendees = mentors.Where(_ => random.NextDouble() < 0.4).Select(m => new MeetingAttendee { MentorId = m.Id }).ToList(),
            });
        }
    }

    /// <summary>A coming network meeting and mentor course, for the mentors to answer (ADR 0023). Fixed dates from the demo
    /// day, no random draw: the rest of the demo stays as it was.</summary>
    public static void AddComingEvents(Vc2Db db, DateOnly today, JobCentre centre)
    {
        var now = today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        db.NetworkMeetings.Add(new NetworkMeeting { JobCentreId = centre.Id, Date = today.AddDays(10), Topic = "Når forløbet nærmer sig job: hvad kan mentoren gøre?", CreatedAtUtc = now });
        db.MentorCourses.Add(new MentorCourse { JobCentreId = centre.Id, Date = today.AddDays(60), Content = "Mentorkursus for nye mentorer: rollen, samtalen og arbejdsaftalen.", CreatedAtUtc = now });
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
