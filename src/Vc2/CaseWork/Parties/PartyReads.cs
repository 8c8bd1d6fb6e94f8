using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// What the parties outside the job centre's desk may see (issue 16, ADR 0023) — decided here and nowhere else. A mentor,
/// a citizen and a company contact belong to no job centre's staff, so their reads look past the tenancy filters, like
/// the reads behind a measurement answer (AnswerReads); each is limited to the party's own records:
/// <list type="bullet">
/// <item>a mentor: the placements they mentor now, with their details; the placements they mentored before, as history
/// only (who, where, when) — nothing written after their assignment;</item>
/// <item>a citizen: their own record, placements, agreements and exit strategy;</item>
/// <item>a company contact: their company, its contracts and the placements running there now (the citizen's first
/// name and the mentor only).</item>
/// </list>
/// </summary>
internal static class PartyReads
{
    /// <summary>A mentor's assignment to a placement, with the placement's own period.</summary>
    public sealed record Assignment(Guid PlacementId, Guid JobCentreId, Guid CitizenId, Guid CompanyId, DateOnly From, DateOnly? To, DateOnly Start, DateOnly? End)
    {
        /// <summary>Mentored today: the assignment and the placement run (or start later).</summary>
        public bool IsCurrent(DateOnly today) => (To is null || To >= today) && (End is null || End >= today);
    }

    /// <summary>Every assignment of the mentor, newest placement first.</summary>
    public static async Task<List<Assignment>> AssignmentsAsync(Vc2Db db, Guid mentorId, CancellationToken ct) =>
        (await (from p in db.Placements.IgnoreQueryFilters()
                from a in p.Mentors
                where a.MentorId == mentorId
                select new { p.Id, p.JobCentreId, p.CitizenId, p.CompanyId, a.From, a.To, p.Start, p.ActualEnd }).ToListAsync(ct))
        .Select(x => new Assignment(x.Id, x.JobCentreId, x.CitizenId, x.CompanyId, x.From, x.To, x.Start, x.ActualEnd))
        .OrderByDescending(a => a.Start).ToList();

    /// <summary>The placement, if the current user as a party may see it in full: a mentor mentoring it now, the citizen
    /// it belongs to, or the contact of the company it runs at now.</summary>
    public static async Task<Placement?> PlacementInViewAsync(Vc2Db db, Guid placementId, DateOnly today, CancellationToken ct)
    {
        var user = db.CurrentUser;
        var placement = await db.Placements.IgnoreQueryFilters().AsNoTracking().Include(p => p.Mentors).SingleOrDefaultAsync(p => p.Id == placementId, ct);
        if (placement is null)
        {
            return null;
        }

        var running = placement.ActualEnd is null || placement.ActualEnd >= today;
        var seen = (user.CitizenId is { } citizenId && placement.CitizenId == citizenId)
                   || (user.CompanyMentorId is { } mentorId && running
                       && placement.Mentors.Any(m => m.MentorId == mentorId && (m.To is null || m.To >= today)))
                   || (user.CompanyId is { } companyId && running && placement.CompanyId == companyId);
        return seen ? placement : null;
    }

    /// <summary>Which party the current user accepts an agreement as: the citizen for themselves, a mentor or company
    /// contact for the company.</summary>
    public static AgreementParty? AcceptsAs(Platform.Users.CurrentUser user) =>
        user.CitizenId is not null ? AgreementParty.Citizen
        : user.CompanyMentorId is not null || user.CompanyId is not null ? AgreementParty.Company
        : null;
}
