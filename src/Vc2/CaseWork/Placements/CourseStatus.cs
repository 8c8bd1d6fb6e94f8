using Vc2.Rules;
using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.CaseWork.Placements;

/// <summary>
/// What the grant engine says about a placement's course (R1–R5), for the placement page and the work list: the
/// course it belongs to, its days so far, the day it reaches three months, or — after an interruption — the last day
/// the citizen can resume and keep the course (R5's).
/// </summary>
public sealed class CourseStatus(GrantEngine engine, TimeProvider clock)
{
    private static readonly HashSet<string> CourseRules = ["R1", "R2", "R3", "R5"];

    public sealed record View(Course Course, DateOnly? ReachesThreeMonthsOn, DateOnly? ResumeBy, IReadOnlyList<TraceLine> Explanation);

    /// <summary>The course of each of the citizen's placements, computed as of today.</summary>
    public IReadOnlyDictionary<Guid, View> For(IEnumerable<Placement> citizensPlacements)
    {
        var placements = citizensPlacements.ToList();
        var today = Platform.Common.Today.In(clock);
        var input = new CitizenInput("borger", placements.Select(p => new Rules.Model.Placement(p.Start, p.ActualEnd)).ToList(), [], []);
        var statement = engine.SettleCitizen(input, today, IsoWeek.Of(today));
        var lines = statement.Explanation.Where(l => CourseRules.Contains(l.Rule)).ToList();
        var result = new Dictionary<Guid, View>();
        foreach (var placement in placements)
        {
            var course = statement.Courses.FirstOrDefault(c => c.First <= placement.Start && placement.Start <= c.Last);
            if (course is null)
            {
                continue; // starts after today
            }

            var open = placements.Any(p => p.ActualEnd is null && p.Start <= today && course.First <= p.Start);
            var reaches = course.Status == Rules.Model.CourseStatus.Qualified
                ? course.First.AddDays(course.RequiredDays - 1)
                : open ? course.ReachesThreeMonthsOn : (DateOnly?)null;
            result[placement.Id] = new View(course, reaches, open ? null : course.ResumeBy, lines);
        }

        return result;
    }
}
