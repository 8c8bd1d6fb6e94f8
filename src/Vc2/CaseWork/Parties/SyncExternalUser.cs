using Vc2.Platform.Audit;
using Vc2.Platform.Users;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Login;
using Vc2.Platform.Security;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// Turns an OpenID Connect login into a VC2 user. The identity provider is the source of truth for roles: each role
/// claim is "rolle" (national roles) or "rolle:kommunenummer" (e.g. "projektleder:751"), and the user's memberships
/// are replaced by what the claims say at every login. A citizen (MitID) is matched to their record by CPR number.
/// Unknown roles or municipalities are ignored, so a login with none left is refused (ADR 0005) — naming the unknown
/// municipalities, since that is a configuration the job centre can mend. The first agency administrators come from
/// configuration (<see cref="BootstrapOptions"/>), before any role claim for the agency exists. A changed set of roles
/// ends the user's other sessions. Runs as the system (the login is matched before anyone is signed in). It lives with
/// the parties because it finds their records: the citizen by CPR number, the mentor and the company contact by e-mail.
/// A MitID Erhverv login (a CVR number and a persistent professional id) that claims no role is a company person logging
/// in as themselves: <see cref="ProfessionalRecords"/> binds them to their mentor or contact record (ADR 0028).
/// </summary>
public sealed class SyncExternalUser(Vc2Db db, CprProtector protector, BootstrapOptions bootstrap, TimeProvider clock)
{
    public const string NoAccess = "roles";
    public const string UnknownMunicipality = "municipality";

    /// <summary>A MitID Erhverv login no job centre has registered; the error's value is the login's CVR number (or
    /// empty when the claim held none that could be read).</summary>
    public const string NotRegistered = "not-registered";

    /// <param name="Cvr">MitID Erhverv: the CVR number of the company the person logs in for.</param>
    /// <param name="ProfessionalId">MitID Erhverv: the person's persistent professional id (stays when the e-mail or name
    /// changes).</param>
    public sealed record Input(string Subject, string DisplayName, string? Email, IReadOnlyList<string> RoleClaims, string? Cpr,
        string? Cvr = null, string? ProfessionalId = null);

    /// <summary>The user, and the session stamp their login cookie is to carry.</summary>
    public sealed record Output(Guid UserId, Guid SessionStamp);

    public async Task<Result<Output>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var centres = await db.JobCentres.ToDictionaryAsync(j => j.MunicipalityNumber, j => j.Id, ct);
        var (memberships, unknown) = MembershipsClaimed(input, centres);
        if (memberships.Count == 0 && unknown.Count == 0 && ProfessionalRecords.Identify(input.Cvr, input.ProfessionalId) is { } professional)
        {
            // Claimed roles (staff, or the first administrators) keep the staff path below; without any, the company
            // person is who their own records say.
            return await ProfessionalAsync(input, professional, centres, ct);
        }

        var citizenId = await MatchCitizenAsync(input, memberships, ct);
        var mentorId = await MatchMentorAsync(input, memberships, ct);
        var companyId = await MatchCompanyAsync(input, memberships, ct);
        if (memberships.Count == 0 && unknown.Count > 0)
        {
            return Result<Output>.Error(UnknownMunicipality, string.Join(", ", unknown));
        }

        if (memberships.Count == 0)
        {
            return Result<Output>.Error(NoAccess, "Dit login giver ikke adgang til VC2. Kontakt din projektleder.");
        }

        var user = await SaveUserAsync("oidc:" + input.Subject, input, memberships, (citizenId, mentorId, companyId), centres, ct);
        return new Output(user.Id, user.SessionStamp);
    }

    /// <summary>A MitID Erhverv login: the user of the persistent id (<see cref="ProfessionalRecords.Login.UserName"/>),
    /// bound to their mentor and/or contact record, with each record's party role in that record's job centre — never a
    /// staff role. A login that matches nothing is refused; a user who had records before loses their roles and sessions.</summary>
    private async Task<Result<Output>> ProfessionalAsync(Input input, ProfessionalRecords.Login login, Dictionary<string, Guid> centres, CancellationToken ct)
    {
        var existing = await db.Users.Include(u => u.Memberships).SingleOrDefaultAsync(u => u.UserName == login.UserName, ct);
        var found = login.Cvr is null ? ProfessionalRecords.Bound.None : await new ProfessionalRecords(db, clock).FindAsync(existing, login.Cvr, input.Email, ct);
        var memberships = new List<RoleMembership>();
        if (found.Mentor is { } mentor)
        {
            memberships.Add(new RoleMembership { Role = Role.CompanyMentor, JobCentreId = mentor.JobCentreId });
        }

        if (found.Company is { } company)
        {
            memberships.Add(new RoleMembership { Role = Role.CompanyContact, JobCentreId = company.JobCentreId });
        }

        if (memberships.Count == 0)
        {
            if (existing is not null)
            {
                await SaveUserAsync(login.UserName, input, memberships, (null, null, null), centres, ct);
            }

            return Result<Output>.Error(NotRegistered, login.Cvr ?? string.Empty);
        }

        var user = await SaveUserAsync(login.UserName, input, memberships, (null, found.Mentor?.Id, found.Company?.Id), centres, ct);
        return new Output(user.Id, user.SessionStamp);
    }

    /// <summary>The memberships the role claims (and the bootstrap list) give, and the municipality numbers VC2 does
    /// not know.</summary>
    private (List<RoleMembership> Memberships, SortedSet<string> Unknown) MembershipsClaimed(Input input, Dictionary<string, Guid> centres)
    {
        var memberships = new List<RoleMembership>();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        if (bootstrap.IsAgencyAdmin(input.Subject, input.Email))
        {
            memberships.Add(new RoleMembership { Role = Role.Agency });
        }

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
            else if (role != Role.Citizen && parts.Length == 2)
            {
                unknown.Add(parts[1]);
            }
        }

        return (memberships, unknown);
    }

    /// <summary>A MitID login's citizen record, by CPR number (the newest enrolment); it adds the citizen's membership.</summary>
    private async Task<Guid?> MatchCitizenAsync(Input input, List<RoleMembership> memberships, CancellationToken ct)
    {
        if (input.Cpr is null || !Cpr.TryParse(input.Cpr, out var cpr, out _))
        {
            return null;
        }

        var hash = protector.Hash(cpr!);
        var citizen = await db.Citizens.Where(c => c.CprHash == hash).OrderByDescending(c => c.EnrolmentDate).FirstOrDefaultAsync(ct);
        if (citizen is null)
        {
            return null;
        }

        memberships.Add(new RoleMembership { Role = Role.Citizen, JobCentreId = citizen.JobCentreId });
        return citizen.Id;
    }

    // A company mentor is the mentor record of their job centre with the e-mail address the identity provider
    // vouches for; without one, the mentor can still answer through personal links (ADR 0011).
    private async Task<Guid?> MatchMentorAsync(Input input, List<RoleMembership> memberships, CancellationToken ct)
    {
        if (input.Email is not { Length: > 0 } email || memberships.FirstOrDefault(m => m.Role == Role.CompanyMentor) is not { JobCentreId: { } centre })
        {
            return null;
        }

        var lowered = email.Trim().ToLowerInvariant();
        return await db.Mentors.Where(m => m.JobCentreId == centre && m.Email != null && m.Email.ToLower() == lowered)
            .OrderBy(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
    }

    // A company's contact person is the company record of their job centre whose contact e-mail the identity provider
    // vouches for (ADR 0023); without one, the contact can still use personal links.
    private async Task<Guid?> MatchCompanyAsync(Input input, List<RoleMembership> memberships, CancellationToken ct)
    {
        if (input.Email is not { Length: > 0 } email || memberships.FirstOrDefault(m => m.Role == Role.CompanyContact) is not { JobCentreId: { } centre })
        {
            return null;
        }

        var lowered = email.Trim().ToLowerInvariant();
        return await db.Companies.Where(c => c.JobCentreId == centre && c.ContactEmail != null && c.ContactEmail.ToLower() == lowered)
            .OrderBy(c => c.Name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Creates or updates the user with the claimed roles and party records; a change of roles ends the user's
    /// other sessions and, with a new user, is written to the audit log.</summary>
    private async Task<AppUser> SaveUserAsync(string userName, Input input, List<RoleMembership> memberships, (Guid? Citizen, Guid? Mentor, Guid? Company) records,
        Dictionary<string, Guid> centres, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Memberships).SingleOrDefaultAsync(u => u.UserName == userName, ct);
        var isNew = user is null;
        if (user is null)
        {
            user = new AppUser { UserName = userName, DisplayName = input.DisplayName };
            db.Users.Add(user);
        }

        user.DisplayName = input.DisplayName;
        user.Email = input.Email;
        (user.CitizenId, user.CompanyMentorId, user.CompanyId) = records;
        user.LastLoginAtUtc = clock.GetUtcNow().UtcDateTime;
        var roles = memberships.DistinctBy(m => (m.Role, m.JobCentreId)).ToList();
        var changed = !user.Memberships.Select(m => (m.Role, m.JobCentreId)).ToHashSet().SetEquals(roles.Select(m => (m.Role, m.JobCentreId)));
        if (changed && user.Memberships.Count > 0)
        {
            user.SessionStamp = Guid.NewGuid(); // roles changed: sessions with the old roles end
        }

        if (isNew || changed)
        {
            // Who got access to what, and when, is kept with the rest of the audit log.
            var numbers = centres.ToDictionary(c => c.Value, c => c.Key);
            AuditLog.Add(db, clock, isNew ? "Bruger oprettet ved login" : "Roller ændret ved login", null, null,
                $"{input.DisplayName} ({userName}): {Describe(user.Memberships, numbers)} → {Describe(roles, numbers)}");
        }

        db.RoleMemberships.RemoveRange(user.Memberships);
        user.Memberships = roles;
        await db.SaveChangesAsync(ct);
        return user;
    }

    private static string Describe(IEnumerable<RoleMembership> memberships, Dictionary<Guid, string> numbers)
    {
        var roles = memberships.Select(m => m.JobCentreId is { } id ? $"{RoleNames.ClaimValue(m.Role)}:{numbers.GetValueOrDefault(id, "?")}" : RoleNames.ClaimValue(m.Role))
            .Order(StringComparer.Ordinal).ToList();
        return roles.Count == 0 ? "ingen roller" : string.Join(", ", roles);
    }
}
