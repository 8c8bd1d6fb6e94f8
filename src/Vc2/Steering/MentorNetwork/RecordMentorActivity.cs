using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Organisation;

namespace Vc2.Steering.MentorNetwork;

/// <summary>Records a mentor course or a network meeting with the mentors who took part (holdepunkt 7).</summary>
public sealed class RecordMentorActivity(Vc2Db db, TimeProvider clock)
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

        await db.SaveChangesAsync(ct);
        return id;
    }
}
