using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.MentorNetwork;

/// <summary>A mentor answers the invitation to a coming mentor course or network meeting of their job centre: comes or
/// cannot come (ADR 0023, holdepunkt 7). A new answer replaces the earlier one; the project leader sees them on the
/// mentor network page.</summary>
public sealed class AnswerInvitation(Vc2Db db, TimeProvider clock)
{
    public async Task<Result<bool>> RunAsync(MentorEventKind kind, Guid eventId, bool comes, CancellationToken ct = default)
    {
        if (db.CurrentUser.CompanyMentorId is not { } mentorId
            || await db.Mentors.Where(m => m.Id == mentorId).Select(m => (Guid?)m.JobCentreId).SingleOrDefaultAsync(ct) is not { } jobCentreId)
        {
            return Result<bool>.Missing();
        }

        var today = Today.In(clock);
        // Only a coming event of the mentor's own job centre.
        var date = kind == MentorEventKind.Course
            ? await db.MentorCourses.Where(c => c.Id == eventId && c.JobCentreId == jobCentreId).Select(c => (DateOnly?)c.Date).SingleOrDefaultAsync(ct)
            : await db.NetworkMeetings.Where(m => m.Id == eventId && m.JobCentreId == jobCentreId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(ct);
        if (date is null)
        {
            return Result<bool>.Missing();
        }

        if (date < today)
        {
            return Result<bool>.Error("answer", "Arrangementet har allerede fundet sted; svaret kan ikke ændres.");
        }

        var answer = await db.MentorEventAnswers.SingleOrDefaultAsync(a => a.EventId == eventId && a.MentorId == mentorId, ct);
        if (answer is null)
        {
            answer = new MentorEventAnswer { JobCentreId = jobCentreId, Kind = kind, EventId = eventId, MentorId = mentorId };
            db.MentorEventAnswers.Add(answer);
        }

        answer.Comes = comes;
        answer.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return comes;
    }
}
