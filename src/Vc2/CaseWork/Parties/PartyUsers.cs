using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// Opens a personal link (<see cref="PartyLink"/>, ADR 0023): <see cref="InspectAsync"/> says whether it can be used (for
/// the page the link shows, which asks to continue — a mail scanner fetching the address must not use it up), and
/// <see cref="OpenAsync"/> uses it up, once, and answers the user to sign in as: the party's link user, made the first
/// time — <c>link:mentor:…</c>, <c>link:citizen:…</c> or <c>link:company:…</c> — with the party's role in the link's job
/// centre and its mentor, citizen or company record. Nobody is signed in yet: the token decides, and once it is used the
/// request reads as the party it names.
/// </summary>
public sealed class PartyUsers(Vc2Db db, TimeProvider clock)
{
    /// <summary>The user names of link users start with this; their acceptances are recorded as made through a link.</summary>
    public const string LinkUserPrefix = "link:";

    public sealed record Opened(Guid UserId, string DisplayName, Guid SessionStamp, string Target);

    /// <summary>Whether the token can be used now, without using it: the link's purpose (no personal data), or a Danish
    /// reason why not.</summary>
    public async Task<Result<string>> InspectAsync(string? token, CancellationToken ct = default)
    {
        var link = await FindAsync(token, ct);
        return Refusal(link) is { } refusal ? Result<string>.Error("token", refusal) : link!.Purpose;
    }

    public async Task<Result<Opened>> OpenAsync(string? token, CancellationToken ct = default)
    {
        var link = await FindAsync(token, ct);
        if (Refusal(link) is { } refusal)
        {
            return Result<Opened>.Error("token", refusal);
        }

        // Used once: of two requests with the same token at the same moment, only one changes the row.
        var now = clock.GetUtcNow().UtcDateTime;
        if (await ByToken(token!).Where(l => l.UsedAtUtc == null).ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedAtUtc, now), ct) != 1)
        {
            return Result<Opened>.Error("token", UsedText);
        }

        // From here the holder of the link reads as the party it names, through that party's own filter.
        db.CurrentUser.HoldLinkOf(link!.Party switch { PartyKind.Mentor => UserScope.Mentor, PartyKind.Citizen => UserScope.Citizen, _ => UserScope.Company },
            link.SubjectId, link.JobCentreId);

        var (role, displayName, citizenId) = link.Party switch
        {
            PartyKind.Mentor => (Role.CompanyMentor, await db.Mentors.Where(m => m.Id == link.SubjectId).Select(m => m.Name).SingleAsync(ct), (Guid?)null),
            PartyKind.Citizen => (Role.Citizen, await db.Citizens.Where(c => c.Id == link.SubjectId).Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct), link.SubjectId),
            _ => (Role.CompanyContact, await CompanyContactNameAsync(link.SubjectId, ct), (Guid?)null),
        };
        var userName = $"{LinkUserPrefix}{link.Party.ToString().ToLowerInvariant()}:{link.SubjectId}";
        var user = await db.Users.Include(u => u.Memberships).SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            user = new AppUser { UserName = userName, DisplayName = displayName };
            db.Users.Add(user);
        }

        user.DisplayName = displayName;
        user.CitizenId = link.Party == PartyKind.Citizen ? link.SubjectId : null;
        user.CompanyMentorId = link.Party == PartyKind.Mentor ? link.SubjectId : null;
        user.CompanyId = link.Party == PartyKind.Company ? link.SubjectId : null;
        if (!user.Memberships.Any(m => m.Role == role && m.JobCentreId == link.JobCentreId))
        {
            db.RoleMemberships.RemoveRange(user.Memberships);
            user.Memberships = [new RoleMembership { Role = role, JobCentreId = link.JobCentreId }];
        }

        AuditLog.Add(db, clock, AuditAction.Read, link.JobCentreId, citizenId, $"Personligt link åbnet: {link.Purpose}", userName: displayName);
        await db.SaveChangesAsync(ct);
        return new Opened(user.Id, user.DisplayName, user.SessionStamp, link.Target);
    }

    private async Task<string> CompanyContactNameAsync(Guid companyId, CancellationToken ct)
    {
        var company = await db.Companies.Where(c => c.Id == companyId).Select(c => new { c.Name, c.ContactName }).SingleAsync(ct);
        return company.ContactName ?? $"Kontaktperson hos {company.Name}";
    }

    private async Task<PartyLink?> FindAsync(string? token, CancellationToken ct)
    {
        if (!LinkToken.LooksValid(token))
        {
            return null;
        }

        return await ByToken(token!).AsNoTracking().SingleOrDefaultAsync(ct);
    }

    /// <summary>The link a token names, whatever job centre it is in: nobody is signed in yet, and the token is the
    /// authorisation (one of the listed ways past tenancy, ADR 0002).</summary>
    private IQueryable<PartyLink> ByToken(string token)
    {
        var hash = LinkToken.Hash(token);
        return db.PartyLinks.IgnoreQueryFilters().Where(l => l.TokenHash == hash);
    }

    private const string UsedText = "Linket er allerede brugt. Et personligt link virker én gang; bed jobcentret om et nyt, eller log ind.";

    private string? Refusal(PartyLink? link) =>
        link is null ? "Linket findes ikke. Tjek, at hele linket er kopieret fra beskeden."
        : link.UsedAtUtc is not null ? UsedText
        : link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime ? $"Linket udløb {LinkExpiryText(link.ExpiresAtUtc)}. Bed jobcentret om et nyt, eller log ind."
        : null;

    private static string LinkExpiryText(DateTime utc) => LinkExpiry.Text(utc);
}
