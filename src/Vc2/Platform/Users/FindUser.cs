using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>Loads a user with their role memberships, for each request (the login cookie carries only the user id,
/// so a changed role takes effect at once and no server memory is needed).</summary>
public sealed class FindUser(Vc2Db db)
{
    public Task<AppUser?> ByIdAsync(Guid id, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Id == id, ct);

    public Task<AppUser?> DemoUserAsync(Guid id, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Id == id && u.IsDemo, ct);
}
