using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.MentorNetwork;

/// <summary>The coming mentor courses and network meetings of the logged-in mentor's job centre, each with the mentor's
/// answer (holdepunkt 7): what the mentor's page asks them to answer (<see cref="AnswerInvitation"/>). The mentor's
/// filter shows their job centre's events and their own answers.</summary>
public sealed class MentorInvitations(Vc2Db db, TimeProvider clock)
{
    public sealed record Event(MentorEventKind Kind, Guid Id, DateOnly Date, string Title, bool? Comes);

    public async Task<IReadOnlyList<Event>> RunAsync(CancellationToken ct = default)
    {
        if (db.CurrentUser.CompanyMentorId is not { } mentorId)
        {
            return [];
        }

        var today = Today.In(clock);
        var courses = await db.MentorCourses.Where(c => c.Date >= today).Select(c => new { c.Id, c.Date, c.Content }).ToListAsync(ct);
        var meetings = await db.NetworkMeetings.Where(m => m.Date >= today).Select(m => new { m.Id, m.Date, m.Topic }).ToListAsync(ct);
        var answers = await db.MentorEventAnswers.Where(a => a.MentorId == mentorId).ToDictionaryAsync(a => a.EventId, a => a.Comes, ct);
        return courses.Select(c => new Event(MentorEventKind.Course, c.Id, c.Date, c.Content, answers.TryGetValue(c.Id, out var comes) ? comes : null))
            .Concat(meetings.Select(m => new Event(MentorEventKind.Meeting, m.Id, m.Date, m.Topic, answers.TryGetValue(m.Id, out var comes) ? comes : null)))
            .OrderBy(e => e.Date).ToList();
    }
}
