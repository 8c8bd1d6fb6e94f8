using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>The demo users to pick from on the demo login page, grouped by role.</summary>
public sealed class ListDemoUsers(Vc2Db db)
{
    public sealed record Row(Guid Id, string DisplayName, Role Role, string? JobCentre);

    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken ct = default)
    {
        var rows = await (from u in db.Users
                          where u.IsDemo
                          from m in u.Memberships
                          join j in db.JobCentres on m.JobCentreId equals j.Id into js
                          from j in js.DefaultIfEmpty()
                          select new Row(u.Id, u.DisplayName, m.Role, j == null ? null : j.Name))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Role).ThenBy(r => r.JobCentre).ThenBy(r => r.DisplayName).ToList();
    }
}
