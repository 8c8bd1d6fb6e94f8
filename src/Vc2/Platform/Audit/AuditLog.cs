using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Platform.Audit;

/// <summary>Adds audit events to the unit of work, so that a change and its audit event are saved together.</summary>
public static class AuditLog
{
    /// <param name="userName">Who, when it is not the logged-in user (the holder of a personal link).</param>
    public static void Add(Vc2Db db, TimeProvider clock, string action, Guid? jobCentreId, Guid? citizenId, string? detail = null, string? userName = null) =>
        db.AuditEvents.Add(Event(db, clock, action, jobCentreId, citizenId, detail, userName));

    /// <summary>The event <see cref="Add"/> adds, for a caller that writes many at once (<see cref="BulkInsert"/>).</summary>
    public static AuditEvent Event(Vc2Db db, TimeProvider clock, string action, Guid? jobCentreId, Guid? citizenId, string? detail = null, string? userName = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        CurrentUser user = db.CurrentUser;
        return new AuditEvent
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = userName ?? user.DisplayName,
            JobCentreId = jobCentreId,
            CitizenId = citizenId,
            Action = action,
            Source = user.Source,
            Detail = detail,
        };
    }

    /// <summary>One event per citizen — for a page or an export that names many — so that it shows in each citizen's
    /// access log. The caller saves.</summary>
    public static void AddForEach(Vc2Db db, TimeProvider clock, string action, IEnumerable<(Guid CitizenId, Guid JobCentreId)> citizens, string detail)
    {
        ArgumentNullException.ThrowIfNull(citizens);
        foreach (var (citizenId, jobCentreId) in citizens.Distinct())
        {
            Add(db, clock, action, jobCentreId, citizenId, detail);
        }
    }

    /// <summary>One event per job centre for a read of many of its citizens at once — the evaluation reading CPR numbers
    /// for all of them — with the count in the text. The caller saves.</summary>
    /// <param name="jobCentreIds">Each citizen's job centre, once per citizen.</param>
    public static void AddPerJobCentre(Vc2Db db, TimeProvider clock, string action, IEnumerable<Guid> jobCentreIds, Func<int, string> detail)
    {
        ArgumentNullException.ThrowIfNull(jobCentreIds);
        ArgumentNullException.ThrowIfNull(detail);
        foreach (var centre in jobCentreIds.GroupBy(id => id))
        {
            Add(db, clock, action, centre.Key, null, detail(centre.Count()));
        }
    }
}
