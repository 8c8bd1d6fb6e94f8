using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>The staff of the user's job centres, for pick lists (coordinating caseworker).</summary>
public sealed class StaffDirectory(Vc2Db db)
{
    public sealed record Person(Guid Id, string Name, Guid JobCentreId);

    public async Task<IReadOnlyList<Person>> CaseworkersAsync(CancellationToken ct = default)
    {
        var centres = db.CurrentUser.CitizenJobCentreIds;
        return await (from m in db.RoleMemberships
                       join u in db.Users on m.UserId equals u.Id
                       where m.Role == Role.Caseworker && m.JobCentreId != null && centres.Contains(m.JobCentreId.Value)
                       orderby u.DisplayName
                       select new Person(u.Id, u.DisplayName, m.JobCentreId!.Value)).ToListAsync(ct);
    }

    public Task<bool> IsCaseworkerAsync(Guid userId, Guid jobCentreId, CancellationToken ct = default) =>
        db.RoleMemberships.AnyAsync(m => m.UserId == userId && m.Role == Role.Caseworker && m.JobCentreId == jobCentreId, ct);

    /// <summary>The job centre a new record goes to: the one asked for if the user works there, else the user's only one.</summary>
    public Guid? JobCentreFor(Guid? requested)
    {
        var centres = db.CurrentUser.CitizenJobCentreIds;
        if (requested is { } id)
        {
            return centres.Contains(id) ? id : null;
        }

        return centres.Count == 1 ? centres[0] : null;
    }
}
