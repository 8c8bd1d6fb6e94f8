using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>Whether a login cookie's session stamp is still the user's (see <see cref="EndSessions"/>).</summary>
public sealed class SessionStamps(Vc2Db db)
{
    public async Task<bool> IsCurrentAsync(Guid userId, string stamp, CancellationToken ct = default) =>
        Guid.TryParse(stamp, out var parsed) && await db.Users.AnyAsync(u => u.Id == userId && u.SessionStamp == parsed, ct);
}
