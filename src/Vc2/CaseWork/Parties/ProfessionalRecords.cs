using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// The records a MitID Erhverv login is the person of (ADR 0028): the company mentor and the company contact whose
/// company has the login's CVR number. The first login finds them by the e-mail address the identity provider vouches for
/// (trimmed, case-insensitive): a <see cref="CompanyMentor"/> with that <see cref="CompanyMentor.Email"/>, and a
/// <see cref="Company"/> with that <see cref="Company.ContactEmail"/>. Later logins keep the records the user is bound to —
/// the persistent professional id is the key, so a changed e-mail does not matter — as long as each still exists and its
/// company still has the login's CVR number; a record that no longer holds is matched again by e-mail. Company records
/// are per job centre (ADR 0003): when the address matches records in several job centres, the one with a course running
/// today wins, else the newest; the person reaches the others through login links. Runs as the system, in the login's
/// own scope (ADR 0002).
/// </summary>
internal sealed class ProfessionalRecords(Vc2Db db, TimeProvider clock)
{
    /// <summary>The user name prefix of MitID Erhverv users; the rest is the persistent professional id.</summary>
    public const string UserNamePrefix = "erhverv:";

    /// <summary>A MitID Erhverv login: the CVR number (null when the claim held no valid one) and the user name.</summary>
    public sealed record Login(string? Cvr, string UserName);

    /// <summary>A record the login is bound to, and the job centre that keeps it.</summary>
    public sealed record Record(Guid Id, Guid JobCentreId);

    public sealed record Bound(Record? Mentor, Record? Company)
    {
        public static readonly Bound None = new(null, null);
    }

    /// <summary>A login is MitID Erhverv when it carries both a CVR number and a persistent professional id. The id must
    /// fit a user name (at most 150 characters, no control characters); otherwise the login is not one VC2 can key.</summary>
    public static Login? Identify(string? cvr, string? professionalId)
    {
        if (string.IsNullOrWhiteSpace(cvr) || string.IsNullOrWhiteSpace(professionalId))
        {
            return null;
        }

        var id = professionalId.Trim();
        if (id.Length > 150 || id.Any(char.IsControl))
        {
            return null;
        }

        return new Login(Cvr.TryParse(cvr, out var parsed, out _) ? parsed.Value : null, UserNamePrefix + id);
    }

    public async Task<Bound> FindAsync(AppUser? user, string cvr, string? email, CancellationToken ct)
    {
        var mentor = user?.CompanyMentorId is { } mentorId ? await MentorStillAsync(mentorId, cvr, ct) : null;
        mentor ??= await MatchMentorAsync(cvr, Lowered(email), ct);
        var company = user?.CompanyId is { } companyId ? await CompanyStillAsync(companyId, cvr, ct) : null;
        company ??= await MatchCompanyAsync(cvr, Lowered(email), ct);
        return new Bound(mentor, company);
    }

    private static string? Lowered(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    private Task<Record?> MentorStillAsync(Guid mentorId, string cvr, CancellationToken ct) =>
        db.Mentors.Where(m => m.Id == mentorId && db.Companies.Any(c => c.Id == m.CompanyId && c.Cvr == cvr))
            .Select(m => new Record(m.Id, m.JobCentreId)).SingleOrDefaultAsync(ct);

    private Task<Record?> CompanyStillAsync(Guid companyId, string cvr, CancellationToken ct) =>
        db.Companies.Where(c => c.Id == companyId && c.Cvr == cvr).Select(c => new Record(c.Id, c.JobCentreId)).SingleOrDefaultAsync(ct);

    private async Task<Record?> MatchMentorAsync(string cvr, string? email, CancellationToken ct)
    {
        if (email is null)
        {
            return null;
        }

        var candidates = await db.Mentors
            .Where(m => m.Email != null && m.Email.Trim().ToLower() == email && db.Companies.Any(c => c.Id == m.CompanyId && c.Cvr == cvr))
            .Select(m => new Record(m.Id, m.JobCentreId)).ToListAsync(ct);
        if (candidates.Count <= 1)
        {
            return candidates.SingleOrDefault();
        }

        // Several job centres (or duplicate records): the mentor of a placement running today.
        var today = Today.In(clock);
        var ids = candidates.Select(c => c.Id).ToList();
        var busy = await db.Placements.Where(p => p.ActualEnd == null || p.ActualEnd >= today).SelectMany(p => p.Mentors)
            .Where(a => ids.Contains(a.MentorId) && (a.To == null || a.To >= today)).Select(a => a.MentorId).Distinct().ToListAsync(ct);
        return Pick(candidates, busy);
    }

    private async Task<Record?> MatchCompanyAsync(string cvr, string? email, CancellationToken ct)
    {
        if (email is null)
        {
            return null;
        }

        var candidates = await db.Companies.Where(c => c.Cvr == cvr && c.ContactEmail != null && c.ContactEmail.Trim().ToLower() == email)
            .Select(c => new Record(c.Id, c.JobCentreId)).ToListAsync(ct);
        if (candidates.Count <= 1)
        {
            return candidates.SingleOrDefault();
        }

        // Several job centres: the company record with a placement running today.
        var today = Today.In(clock);
        var ids = candidates.Select(c => c.Id).ToList();
        var busy = await db.Placements.Where(p => ids.Contains(p.CompanyId) && p.Start <= today && (p.ActualEnd == null || p.ActualEnd >= today))
            .Select(p => p.CompanyId).Distinct().ToListAsync(ct);
        return Pick(candidates, busy);
    }

    // A record with a course today first; then the newest (ids are version 7 UUIDs, ordered by when they were made).
    private static Record Pick(List<Record> candidates, List<Guid> busy) =>
        candidates.OrderByDescending(c => busy.Contains(c.Id)).ThenByDescending(c => c.Id).First();
}
