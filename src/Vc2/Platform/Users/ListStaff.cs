using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>
/// Who works in VC2 and with which roles, per job centre: every staff user for the agency, the staff of the job
/// centres they lead for a project leader. Roles come from the identity provider at every login (ADR 0005); this page
/// shows what the last login said. Company mentors and citizens are not staff and are not listed.
/// </summary>
public sealed class ListStaff(Vc2Db db)
{
    public sealed record RoleRow(Role Role, string? JobCentre);

    public sealed record Row(Guid Id, string DisplayName, string? Email, string Login, DateTime? LastLoginAtUtc, IReadOnlyList<RoleRow> Roles);

    private static readonly Role[] StaffRoles = [Role.ProjectLeader, Role.Caseworker, Role.JobConsultant, Role.Agency, Role.Evaluator];

    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken ct = default)
    {
        var user = db.CurrentUser;
        var everyone = user.IsSystem || user.HasRole(Role.Agency);
        var led = user.Memberships.Where(m => m.Role == Role.ProjectLeader && m.JobCentreId is not null).Select(m => m.JobCentreId!.Value).ToList();
        if (!everyone && led.Count == 0)
        {
            return [];
        }

        var rows = await (from m in db.RoleMemberships
                          where StaffRoles.Contains(m.Role) && (everyone || (m.JobCentreId != null && led.Contains(m.JobCentreId.Value)))
                          join u in db.Users on m.UserId equals u.Id
                          join j in db.JobCentres on m.JobCentreId equals j.Id into js
                          from j in js.DefaultIfEmpty()
                          select new { u.Id, u.DisplayName, u.Email, u.UserName, u.LastLoginAtUtc, m.Role, JobCentre = j == null ? null : j.Name })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new Row(g.Key, g.First().DisplayName, g.First().Email, g.First().UserName, g.First().LastLoginAtUtc,
                g.OrderBy(r => r.Role).ThenBy(r => r.JobCentre, StringComparer.Ordinal).Select(r => new RoleRow(r.Role, r.JobCentre)).ToList()))
            .OrderBy(r => r.DisplayName, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), false))
            .ToList();
    }
}
