using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.MentorNetwork;

/// <summary>Records a mentor course or a network meeting with the mentors who took part (holdepunkt 7). A coming one
/// invites the job centre's active mentors — those supporting a placement now — with a personal link to answer whether
/// they come (ADR 0023), unless the project leader chooses not to.</summary>
public sealed class RecordMentorActivity(Vc2Db db, TimeProvider clock, Platform.Outbox.OutboxSeal seal, CaseWork.Progress.ProgressOptions options)
{
    public enum Kind
    {
        Course = 1,
        Meeting = 2,
    }

    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv datoen.")]
        public DateOnly? Date { get; init; }

        [Required(ErrorMessage = "Beskriv indholdet.")]
        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? Content { get; init; }

        private readonly List<Guid> _mentorIds = [];

        /// <summary>An API client's <c>null</c> is no mentors.</summary>
        public List<Guid> MentorIds { get => _mentorIds; init => _mentorIds = value ?? []; }

        /// <summary>For a coming course or meeting: invite the active mentors through the outbox (default yes).</summary>
        public bool InviteMentors { get; init; } = true;
    }

    public async Task<Result<Guid>> RunAsync(Guid jobCentreId, Kind kind, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!db.CurrentUser.LeadsJobCentre(jobCentreId) || !await db.JobCentres.AnyAsync(j => j.Id == jobCentreId, ct))
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        var ids = input.MentorIds.Distinct().ToList();
        var known = await db.Mentors.Where(m => m.JobCentreId == jobCentreId && ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        if (known.Count != ids.Count)
        {
            errors.Add(nameof(Input.MentorIds), "En af de valgte mentorer findes ikke i jobcentret.");
        }

        if (input.Date > Today.In(clock).AddDays(366))
        {
            errors.Add(nameof(Input.Date), "Datoen ligger mere end et år ude i fremtiden.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Guid id;
        if (kind == Kind.Course)
        {
            var course = new MentorCourse
            {
                JobCentreId = jobCentreId, Date = input.Date!.Value, Content = input.Content!.Trim(), CreatedAtUtc = now,
                Participants = ids.Select(m => new CourseParticipant { MentorId = m }).ToList(),
            };
            db.MentorCourses.Add(course);
            id = course.Id;
        }
        else
        {
            var meeting = new NetworkMeeting
            {
                JobCentreId = jobCentreId, Date = input.Date!.Value, Topic = input.Content!.Trim(), CreatedAtUtc = now,
                Attendees = ids.Select(m => new MeetingAttendee { MentorId = m }).ToList(),
            };
            db.NetworkMeetings.Add(meeting);
            id = meeting.Id;
        }

        if (input.InviteMentors && input.Date >= Today.In(clock))
        {
            await InviteAsync(jobCentreId, kind, input.Date!.Value, input.Content!.Trim(), ct);
        }

        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>A personal link for each mentor who supports a placement of the job centre today, in this unit of work.</summary>
    private async Task InviteAsync(Guid jobCentreId, Kind kind, DateOnly date, string content, CancellationToken ct)
    {
        var today = Today.In(clock);
        var mentorIds = await db.Placements.Where(p => p.JobCentreId == jobCentreId && (p.ActualEnd == null || p.ActualEnd >= today))
            .SelectMany(p => p.Mentors).Where(m => m.From <= today && (m.To == null || m.To >= today)).Select(m => m.MentorId).Distinct().ToListAsync(ct);
        var mentors = await db.Mentors.Where(m => mentorIds.Contains(m.Id)).Select(m => new { m.Id, m.Name, m.Email, m.Phone }).ToListAsync(ct);
        var jobCentre = await db.JobCentres.Where(j => j.Id == jobCentreId).Select(j => j.Name).SingleAsync(ct);
        var what = kind == Kind.Course ? "mentorkursus" : "netværksmøde for virksomhedsmentorer";
        var topic = content.Split('\n')[0].Trim();
        var validFor = TimeSpan.FromDays(Math.Max(options.LinkValidDays, date.DayNumber - today.DayNumber + 1));
        var expiry = Platform.Links.LinkExpiry.Text(clock.GetUtcNow().UtcDateTime + validFor);
        var baseUrl = options.PublicBaseUrl ?? throw new InvalidOperationException("Progress:PublicBaseUrl er ikke sat; VC2 kontrollerer det ved start.");
        foreach (var mentor in mentors)
        {
            var first = Platform.Links.Recipient.FirstNameOf(mentor.Name);
            var email = $"Hej {first}\n\n{jobCentre} inviterer dig til {what} {DanishDates.Text(date)}: {topic}\n\nSvar, om du kommer:\n\n{Platform.Links.PartyLinks.LinkPlaceholder}\n\n"
                        + $"Linket er personligt og virker én gang, til og med {expiry}. Du kan også logge ind i VC2.\n\nVenlig hilsen\n{jobCentre}";
            var sms = $"Hej {first}. {jobCentre} inviterer til {what} {DanishDates.Text(date)}. Svar om du kommer: {Platform.Links.PartyLinks.LinkPlaceholder}";
            Platform.Links.PartyLinks.Send(db, seal, clock, baseUrl, validFor, Platform.Links.PartyKind.Mentor, mentor.Id, jobCentreId, null, "/mentor#arrangementer",
                new Platform.Links.Recipient(first, mentor.Email, mentor.Phone),
                new Platform.Links.LinkMessage(kind == Kind.Course ? "Invitation til mentorkursus" : "Invitation til netværksmøde", email, sms,
                    kind == Kind.Course ? "Invitation til mentorkursus" : "Invitation til netværksmøde"));
        }
    }
}
