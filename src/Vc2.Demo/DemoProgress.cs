using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;
using Vc2.Platform.Outbox;
using Vc2.CaseWork.Placements;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Users;
using Vc2.Platform.Links;

namespace Vc2.Demo;

/// <summary>
/// Progress measurements for the demo citizens, as of the demo date: a baseline near the first start, then about every
/// eight weeks and at each placement's end, from the citizen, the mentor and the caseworker — not all answer every
/// time. Each citizen has a level per dimension and a pace of change (most improve, some stand still or slip); each
/// respondent sees it with a little noise, and some citizens rate themselves well above what the mentor sees, so the
/// disagreement marks have something to show. A few requests are left open, some sent as links through the outbox.
/// </summary>
internal static class DemoProgress
{
    /// <summary>Where demo links point. The token is masked as in every message (ADR 0018): demo respondents answer logged in.</summary>
    private const string LinkBase = "http://localhost:5080";

    /// <summary>One citizen's course as the measurements see it: a level per dimension, a pace of change per week, how
    /// much brighter the citizen sees the workplace, the caseworker, and the first placement's start.</summary>
    private sealed record Course(Citizen Citizen, List<Placement> Placements, Dictionary<string, double> Level, double Pace, double SelfView,
        AppUser Caseworker, DateOnly First);

    public static void Add(Vc2Db db, Random random, DateOnly today, IReadOnlyList<Citizen> citizens, IReadOnlyList<AppUser> caseworkers)
    {
        var instrument = InstrumentLoader.Shipped()[^1];
        var options = new ProgressOptions();
        // Looked up once: each read of a DbSet's Local scans every tracked entity, which made the demo quadratic.
        var placementsOf = db.Placements.Local.Where(p => p.Start <= today).ToLookup(p => p.CitizenId);
        var mentorNames = db.Mentors.Local.ToDictionary(m => m.Id, m => m.Name);
        foreach (var citizen in citizens)
        {
            var placements = placementsOf[citizen.Id].OrderBy(p => p.Start).ToList();
            if (placements.Count == 0)
            {
                continue;
            }

            var course = DrawCourse(random, instrument, citizen, placements, caseworkers);
            // Occasions draws lazily, between the measurements' draws: the order of the random draws is the demo's.
            foreach (var on in Occasions(placements, today, options, random))
            {
                AddOccasion(db, random, today, instrument, mentorNames, course, on);
            }
        }
    }

    private static Course DrawCourse(Random random, Instrument instrument, Citizen citizen, List<Placement> placements, IReadOnlyList<AppUser> caseworkers)
    {
        var level = instrument.Dimensions.ToDictionary(d => d.Key, _ => 2.5 + (random.NextDouble() * 3.5));
        var pace = random.NextDouble() switch
        {
            < 0.15 => -0.02, // slipping
            < 0.35 => 0.0, // standing still
            _ => 0.02 + (random.NextDouble() * 0.06), // points per week
        };
        var selfView = random.NextDouble() < 0.15 ? 3.2 : random.NextDouble() * 0.8; // a few see their work much brighter
        var caseworker = caseworkers.FirstOrDefault(c => c.Id == citizen.CoordinatingCaseworkerId) ?? caseworkers[0];
        return new Course(citizen, placements, level, pace, selfView, caseworker, placements[0].Start);
    }

    /// <summary>The measurements of one occasion, from each respondent who answered by the demo date.</summary>
    private static void AddOccasion(Vc2Db db, Random random, DateOnly today, Instrument instrument, Dictionary<Guid, string> mentorNames, Course course, DateOnly on)
    {
        var (citizen, placements, level, pace, selfView, caseworker, first) = course;
        var placement = placements.Last(p => p.Start <= on);
        var weeks = (on.DayNumber - first.DayNumber) / 7.0;
        foreach (var respondent in Enum.GetValues<Respondent>())
        {
            var answers = respondent switch { Respondent.Citizen => 0.85, Respondent.Mentor => 0.75, _ => 0.92 };
            var mentorId = placement.Mentors.FirstOrDefault()?.MentorId;
            if (random.NextDouble() > answers || (respondent == Respondent.Mentor && mentorId is null))
            {
                continue;
            }

            var day = on.AddDays(respondent == Respondent.Caseworker ? 0 : random.Next(0, 6));
            if (day > today)
            {
                continue;
            }

            var scores = instrument.For(respondent).Select(d =>
            {
                var bias = respondent == Respondent.Citizen && d.Workplace ? selfView : 0;
                var value = level[d.Key] + (pace * weeks) + bias + ((random.NextDouble() - 0.5) * 1.6);
                return new MeasurementScore { DimensionKey = d.Key, Score = Math.Clamp((int)Math.Round(value), instrument.ScaleMin, instrument.ScaleMax) };
            }).ToList();
            db.Measurements.Add(new Measurement
            {
                JobCentreId = citizen.JobCentreId, CitizenId = citizen.Id, PlacementId = placement.Id, Respondent = respondent,
                MentorId = respondent == Respondent.Mentor ? mentorId : null,
                Kind = KindOf(placements, on, first),
                AnsweredOn = day, InstrumentId = instrument.Id, InstrumentVersion = instrument.Version,
                HoursPerWeek = respondent == Respondent.Caseworker ? null : Math.Round((placement.WeeklyHoursNow ?? 8) + (decimal)(pace * weeks * 20), 1),
                Channel = respondent == Respondent.Caseworker ? AnswerChannel.Caseworker : random.NextDouble() < 0.6 ? AnswerChannel.Link : AnswerChannel.LoggedIn,
                AnsweredBy = AnsweredBy(respondent, citizen, mentorNames, mentorId, caseworker),
                CreatedAtUtc = day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
                Scores = scores,
            });
        }
    }

    private static string AnsweredBy(Respondent respondent, Citizen citizen, Dictionary<Guid, string> mentorNames, Guid? mentorId, AppUser caseworker)
    {
        return respondent switch
        {
            Respondent.Citizen => citizen.FullName,
            Respondent.Mentor => mentorNames[mentorId!.Value],
            _ => caseworker.DisplayName,
        };
    }

    /// <summary>The days the measurements were taken: the baseline in the first days of the first placement, every
    /// eight weeks while a placement runs (a little late at times), and at each end.</summary>
    private static IEnumerable<DateOnly> Occasions(List<Placement> placements, DateOnly today, ProgressOptions options, Random random)
    {
        var baseline = placements[0].Start.AddDays(random.NextDouble() < 0.85 ? random.Next(0, 13) : random.Next(15, 30));
        if (baseline > today)
        {
            yield break;
        }

        yield return baseline;
        var last = placements.Max(p => p.ActualEnd ?? today);
        for (var on = baseline.AddDays((options.IntervalWeeks * 7) + random.Next(-3, 8)); on <= last && on <= today;
             on = on.AddDays((options.IntervalWeeks * 7) + random.Next(-3, 8)))
        {
            if (placements.Any(p => p.Start <= on && (p.ActualEnd is null || p.ActualEnd >= on)))
            {
                yield return on;
            }
        }

        foreach (var end in placements.Where(p => p.ActualEnd is { } e && e < today).Select(p => p.ActualEnd!.Value))
        {
            yield return end;
        }
    }

    private static MeasurementKind KindOf(List<Placement> placements, DateOnly on, DateOnly first) =>
        on <= first.AddDays(30) ? MeasurementKind.Baseline
        : placements.Any(p => p.ActualEnd == on) ? MeasurementKind.End
        : MeasurementKind.Interval;

    /// <summary>Open requests: the demo mentor users become mentors of running placements and have requests to answer
    /// logged in; some mentors and citizens have personal links waiting in the outbox.</summary>
    public static void AddRequests(Vc2Db db, Random random, DateOnly today, Guid jobCentreId, IReadOnlyList<AppUser> mentorUsers)
    {
        var now = today.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        var running = db.Placements.Local.Where(p => p.JobCentreId == jobCentreId && p.ActualEnd is null && p.Start <= today && p.Mentors.Count > 0)
            .OrderBy(p => p.Start).ToList();
        var mentors = db.Mentors.Local.ToDictionary(m => m.Id);
        for (var i = 0; i < mentorUsers.Count && i < running.Count; i++)
        {
            var placement = running[i];
            var mentor = mentors[placement.Mentors[0].MentorId];
            mentorUsers[i].CompanyMentorId = mentor.Id;
            mentorUsers[i].DisplayName = $"{mentor.Name} (mentor)";
            foreach (var other in running.Where(p => p.Mentors[0].MentorId == mentor.Id))
            {
                db.MeasurementRequests.Add(Request(other, Respondent.Mentor, mentor.Id, DeliveryChannel.None, null, null, today, now));
            }
        }

        foreach (var placement in running.Skip(mentorUsers.Count).Take(4))
        {
            var mentor = mentors[placement.Mentors[0].MentorId];
            var citizen = db.Citizens.Local.First(c => c.Id == placement.CitizenId);
            var company = db.Companies.Local.First(c => c.Id == placement.CompanyId);
            var centre = db.JobCentres.Local.First(j => j.Id == jobCentreId);
            var token = LinkToken.New();
            db.MeasurementRequests.Add(Request(placement, Respondent.Mentor, mentor.Id, DeliveryChannel.Email, mentor.Email, LinkToken.Hash(token), today, now));
            db.Outbox.Add(new OutboxMessage
            {
                JobCentreId = jobCentreId, CitizenId = citizen.Id, Channel = OutboxChannel.Email, To = mentor.Email ?? "mentor@example.dk", Subject = "Progressionsmåling i Virksomhedscenter",
                Body = $"Hej {mentor.Name}\n\n{centre.Name} beder dig svare på nogle korte spørgsmål om, hvordan det går med {citizen.FirstName} hos {company.Name}. "
                       + $"Det tager omkring fem minutter.\n\nSvar her: {LinkBase}/svar/{InviteRespondent.MaskedToken}\n\nLinket er personligt. Det virker én gang.\n\nVenlig hilsen\n{centre.Name}",
                Purpose = "Progressionsmåling, link til mentor", CreatedAtUtc = now, Recipient = OutboxRecipient.Mentor,
            });
            // The demo keeps no live links, so nothing is left for a configured mail server to send: most went out, and
            // one bounced, which shows the caseworker what a failed link looks like (ADR 0027).
            var message = db.Outbox.Local.Last();
            (message.Attempts, message.SealedBody) = (1, null);
            if (random.NextDouble() < 0.25)
            {
                (message.Status, message.FailedAtUtc) = (OutboxStatus.Failed, now.AddMinutes(2));
                message.LastError = $"Mailserveren afviste modtageren: 550 5.1.1 <{message.To}>: Recipient address rejected: User unknown";
            }
            else
            {
                (message.Status, message.SentAtUtc, message.Receipt) = (OutboxStatus.Sent, now.AddMinutes(2), "250 2.0.0 Ok: queued");
            }
        }
    }

    /// <summary>The demo citizen's own open request, answered logged in.</summary>
    public static void AddCitizenRequest(Vc2Db db, DateOnly today, Citizen citizen)
    {
        var placement = db.Placements.Local.Where(p => p.CitizenId == citizen.Id && p.ActualEnd is null && p.Start <= today).OrderBy(p => p.Start).LastOrDefault();
        if (placement is not null)
        {
            db.MeasurementRequests.Add(Request(placement, Respondent.Citizen, null, DeliveryChannel.None, null, null, today, today.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc)));
        }
    }

    private static MeasurementRequest Request(Placement placement, Respondent respondent, Guid? mentorId, DeliveryChannel channel, string? to, string? tokenHash,
        DateOnly today, DateTime now) => new()
    {
        JobCentreId = placement.JobCentreId, CitizenId = placement.CitizenId, PlacementId = placement.Id, Respondent = respondent, MentorId = mentorId,
        Kind = MeasurementKind.Interval, DueBy = today.AddDays(7), TokenHash = tokenHash, ExpiresAtUtc = now.AddDays(14),
        Channel = channel, SentTo = to, CreatedAtUtc = now, CreatedBy = "Demodata",
    };
}
