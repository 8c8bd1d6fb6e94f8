using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>Ends every session of a user: a new session stamp, so that every login cookie issued before — also one
/// copied to another machine — stops working at its next request.</summary>
public sealed class EndSessions(Vc2Db db)
{
    public async Task RunAsync(Guid userId, CancellationToken ct = default) =>
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.SessionStamp, Guid.NewGuid()), ct);
}
