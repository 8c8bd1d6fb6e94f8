using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>Loads a user with their role memberships, for each request (the login cookie carries only the user id,
/// so a changed role takes effect at once and no server memory is needed).</summary>
public sealed class FindUser(Vc2Db db)
{
    public Task<AppUser?> ByIdAsync(Guid id, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Id == id, ct);

    private AppUser? _request;

    /// <summary>The logged-in user of this request, read once: the session check and the roles both need it, and one
    /// query per request is what every page pays (this is scoped, one per request).</summary>
    public async Task<AppUser?> ForRequestAsync(Guid id, CancellationToken ct = default)
    {
        if (_request?.Id != id)
        {
            _request = await ByIdAsync(id, ct);
        }

        return _request;
    }

    public Task<AppUser?> DemoUserAsync(Guid id, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Id == id && u.IsDemo, ct);
}
