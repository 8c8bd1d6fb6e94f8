using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Platform.Audit;

/// <summary>Adds audit events to the unit of work, so that a change and its audit event are saved together.</summary>
public static class AuditLog
{
    public static void Add(Vc2Db db, TimeProvider clock, string action, Guid? jobCentreId, Guid? citizenId, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        CurrentUser user = db.CurrentUser;
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = user.DisplayName,
            JobCentreId = jobCentreId,
            CitizenId = citizenId,
            Action = action,
            Source = user.Source,
            Detail = detail,
        });
    }
}
