using Vc2.Platform.Users;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.Platform.Login;

/// <summary>
/// Turns an OpenID Connect login into a VC2 user. The identity provider is the source of truth for roles: each role
/// claim is "rolle" (national roles) or "rolle:kommunenummer" (e.g. "projektleder:751"), and the user's memberships
/// are replaced by what the claims say at every login. A citizen (MitID) is matched to their record by CPR number.
/// Unknown roles or municipalities are ignored, so a login with none left is refused (ADR 0005). Runs as the system
/// (the login is matched before anyone is signed in).
/// </summary>
public sealed class SyncExternalUser(Vc2Db db, CprProtector protector)
{
    public sealed record Input(string Subject, string DisplayName, string? Email, IReadOnlyList<string> RoleClaims, string? Cpr);

    public async Task<Result<Guid>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userName = "oidc:" + input.Subject;
        var centres = await db.JobCentres.ToDictionaryAsync(j => j.MunicipalityNumber, j => j.Id, ct);
        var memberships = new List<RoleMembership>();
        foreach (var claim in input.RoleClaims)
        {
            var parts = claim.Split(':', 2, StringSplitOptions.TrimEntries);
            if (!RoleNames.TryParseClaim(parts[0], out var role))
            {
                continue;
            }

            if (RoleNames.IsNational(role))
            {
                memberships.Add(new RoleMembership { Role = role });
            }
            else if (role != Role.Citizen && parts.Length == 2 && centres.TryGetValue(parts[1], out var jobCentreId))
            {
                memberships.Add(new RoleMembership { Role = role, JobCentreId = jobCentreId });
            }
        }

        Guid? citizenId = null;
        if (input.Cpr is not null && Cpr.TryParse(input.Cpr, out var cpr, out _))
        {
            var hash = protector.Hash(cpr!);
            var citizen = await db.Citizens.Where(c => c.CprHash == hash)
                .OrderByDescending(c => c.EnrolmentDate).FirstOrDefaultAsync(ct);
            if (citizen is not null)
            {
                citizenId = citizen.Id;
                memberships.Add(new RoleMembership { Role = Role.Citizen, JobCentreId = citizen.JobCentreId });
            }
        }

        // A company mentor is the mentor record of their job centre with the e-mail address the identity provider
        // vouches for; without one, the mentor can still answer through personal links (ADR 0011).
        Guid? mentorId = null;
        if (input.Email is { Length: > 0 } email && memberships.FirstOrDefault(m => m.Role == Role.CompanyMentor) is { JobCentreId: { } mentorCentre })
        {
            var lowered = email.Trim().ToLowerInvariant();
            mentorId = await db.Mentors
                .Where(m => m.JobCentreId == mentorCentre && m.Email != null && m.Email.ToLower() == lowered)
                .OrderBy(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        }

        if (memberships.Count == 0)
        {
            return Result<Guid>.Error("roles", "Dit login giver ikke adgang til VC2. Kontakt din projektleder.");
        }

        var user = await db.Users.Include(u => u.Memberships).SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            user = new AppUser { UserName = userName, DisplayName = input.DisplayName };
            db.Users.Add(user);
        }

        user.DisplayName = input.DisplayName;
        user.Email = input.Email;
        user.CitizenId = citizenId;
        user.CompanyMentorId = mentorId;
        db.RoleMemberships.RemoveRange(user.Memberships);
        user.Memberships = memberships.DistinctBy(m => (m.Role, m.JobCentreId)).ToList();
        await db.SaveChangesAsync(ct);
        return user.Id;
    }
}
