using Vc2.Platform.Users;
using Vc2.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Organisation;

namespace Vc2.Steering.MentorNetwork;

/// <summary>
/// A job centre's mentor network: each mentor's training (a course taken, or untrained — flagged when the mentor supports
/// or supported a placement), the courses, the network meetings with attendance, and every quarter of the programme
/// with its meetings; an ended quarter without one is flagged.
/// </summary>
public sealed class GetMentorNetwork(Vc2Db db, ProgrammeOptions programme, TimeProvider clock)
{
    public sealed record MentorRow(Guid Id, string Name, string Company, DateOnly? TrainedOn, bool Untrained, bool HasPlacements, int Meetings);

    /// <param name="Comes">The mentors who answered the invitation that they come (ADR 0023).</param>
    /// <param name="CannotCome">The mentors who answered that they cannot come.</param>
    public sealed record Activity(Guid Id, DateOnly Date, string Content, IReadOnlyList<string> People, IReadOnlyList<string> Comes, IReadOnlyList<string> CannotCome);

    public sealed record QuarterRow(Quarter Quarter, int Meetings, bool Ended, bool Missing);

    public sealed record Output(Guid JobCentreId, string JobCentreName, IReadOnlyList<MentorRow> Mentors, IReadOnlyList<Activity> Courses,
        IReadOnlyList<Activity> Meetings, IReadOnlyList<QuarterRow> Quarters);

    public async Task<Result<Output>> RunAsync(Guid jobCentreId, CancellationToken ct = default)
    {
        if (!db.CurrentUser.SeesJobCentre(jobCentreId))
        {
            return Result<Output>.Missing();
        }

        var centre = await db.JobCentres.SingleOrDefaultAsync(j => j.Id == jobCentreId, ct);
        if (centre is null)
        {
            return Result<Output>.Missing();
        }

        // Mentors and their activities are the job centre's, not citizens' data: read under the national filter.
        var mentors = await (from m in db.Mentors.Nationally()
                             join c in db.Companies.Nationally() on m.CompanyId equals c.Id
                             where m.JobCentreId == jobCentreId
                             select new { m.Id, m.Name, Company = c.Name }).ToListAsync(ct);
        var courses = await db.MentorCourses.Nationally().Include(c => c.Participants).Where(c => c.JobCentreId == jobCentreId)
            .OrderByDescending(c => c.Date).ToListAsync(ct);
        var meetings = await db.NetworkMeetings.Nationally().Include(m => m.Attendees).Where(m => m.JobCentreId == jobCentreId)
            .OrderByDescending(m => m.Date).ToListAsync(ct);
        var answers = (await db.MentorEventAnswers.Nationally().Where(a => a.JobCentreId == jobCentreId).Select(a => new { a.EventId, a.MentorId, a.Comes })
            .ToListAsync(ct)).ToLookup(a => a.EventId);
        var withPlacements = (await db.Placements.Nationally().Where(p => p.JobCentreId == jobCentreId)
            .SelectMany(p => p.Mentors.Select(a => a.MentorId)).Distinct().ToListAsync(ct)).ToHashSet();
        // An evaluator studies the programme, not the people: mentors are stable pseudonyms for them.
        var pseudonymised = db.CurrentUser.HasRole(Role.Evaluator) && !db.CurrentUser.LeadsJobCentre(jobCentreId);
        var names = mentors.ToDictionary(m => m.Id, m => pseudonymised ? Pseudonym.Mentor(m.Id) : m.Name);
        var today = Today.In(clock);

        var rows = mentors.Select(m =>
        {
            var trained = courses.Where(c => c.Date <= today && c.Participants.Any(p => p.MentorId == m.Id)).Select(c => (DateOnly?)c.Date).Min();
            var placed = withPlacements.Contains(m.Id);
            return new MentorRow(m.Id, names[m.Id], m.Company, trained, trained is null && placed, placed, meetings.Count(x => x.Attendees.Any(a => a.MentorId == m.Id)));
        }).OrderByDescending(r => r.Untrained).ThenBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), false)).ToList();

        var quarters = Quarter.Between(programme.Start, today).Select(q =>
        {
            var count = meetings.Count(m => m.Date >= q.First && m.Date <= q.Last);
            var ended = q.Last < today;
            return new QuarterRow(q, count, ended, ended && count == 0);
        }).ToList();

        static IReadOnlyList<string> People(IEnumerable<Guid> ids, Dictionary<Guid, string> names) =>
            ids.Select(id => names.GetValueOrDefault(id, "ukendt")).Order(StringComparer.Ordinal).ToList();

        Activity ActivityOf(Guid id, DateOnly date, string content, IEnumerable<Guid> people) => new(id, date, content, People(people, names),
            People(answers[id].Where(a => a.Comes).Select(a => a.MentorId), names), People(answers[id].Where(a => !a.Comes).Select(a => a.MentorId), names));

        return new Output(centre.Id, centre.Name, rows,
            courses.Select(c => ActivityOf(c.Id, c.Date, c.Content, c.Participants.Select(p => p.MentorId))).ToList(),
            meetings.Select(m => ActivityOf(m.Id, m.Date, m.Topic, m.Attendees.Select(a => a.MentorId))).ToList(),
            quarters);
    }
}
