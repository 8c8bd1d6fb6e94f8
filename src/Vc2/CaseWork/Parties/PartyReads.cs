using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// Reads shared by the pages of the parties outside the job centre's desk (ADR 0023). What each party may see is not
/// decided here but by their own named filter (<see cref="Platform.Data.TenancyFilters"/>): a mentor the placements
/// they mentor (in full while they mentor them, as history after), a citizen their own records, a company contact their
/// company and the placements running there now.
/// </summary>
internal static class PartyReads
{
    /// <summary>A mentor's assignment to a placement, with the placement's own period.</summary>
    public sealed record Assignment(Guid PlacementId, Guid JobCentreId, Guid CitizenId, Guid CompanyId, DateOnly From, DateOnly? To, DateOnly Start, DateOnly? End)
    {
        /// <summary>Mentored today: the assignment and the placement run (or start later).</summary>
        public bool IsCurrent(DateOnly today) => (To is null || To >= today) && (End is null || End >= today);
    }

    /// <summary>Every assignment of the mentor, newest placement first (the mentor's filter shows the placements they
    /// mentor or mentored; of each, their own assignment is read).</summary>
    public static async Task<List<Assignment>> AssignmentsAsync(Vc2Db db, Guid mentorId, CancellationToken ct) =>
        (await (from p in db.Placements
                from a in p.Mentors
                where a.MentorId == mentorId
                select new { p.Id, p.JobCentreId, p.CitizenId, p.CompanyId, a.From, a.To, p.Start, p.ActualEnd }).ToListAsync(ct))
        .Select(x => new Assignment(x.Id, x.JobCentreId, x.CitizenId, x.CompanyId, x.From, x.To, x.Start, x.ActualEnd))
        .OrderByDescending(a => a.Start).ToList();

    /// <summary>Which party the current user accepts an agreement as: the citizen for themselves, a mentor or company
    /// contact for the company.</summary>
    public static AgreementParty? AcceptsAs(Platform.Users.CurrentUser user) => user?.Scope switch
    {
        UserScope.Citizen => AgreementParty.Citizen,
        UserScope.Mentor or UserScope.Company => AgreementParty.Company,
        _ => null,
    };
}
