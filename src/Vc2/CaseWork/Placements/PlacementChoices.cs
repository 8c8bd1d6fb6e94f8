using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Placements;

/// <summary>What a new placement can be made of: the companies of the citizen's job centre, their contracts with free
/// places today, and their mentors.</summary>
public sealed class PlacementChoices(Vc2Db db, TimeProvider clock)
{
    public sealed record CompanyChoice(Guid Id, string Name, IReadOnlyList<ContractChoice> Contracts, IReadOnlyList<MentorChoice> Mentors);

    public sealed record MentorChoice(Guid Id, string Name);

    public sealed record ContractChoice(Guid Id, DateOnly From, DateOnly To, int Places, int Occupied);

    public async Task<Result<IReadOnlyList<CompanyChoice>>> RunAsync(Guid citizenId, CancellationToken ct = default)
    {
        var citizen = await db.Citizens.Where(c => c.Id == citizenId).Select(c => new { c.JobCentreId }).SingleOrDefaultAsync(ct);
        if (citizen is null)
        {
            return Result<IReadOnlyList<CompanyChoice>>.Missing();
        }

        var today = Today.In(clock);
        var companies = await db.Companies.Where(c => c.JobCentreId == citizen.JobCentreId).OrderBy(c => c.Name).ToListAsync(ct);
        var contracts = await db.Contracts.Where(k => k.JobCentreId == citizen.JobCentreId && k.To >= today).ToListAsync(ct);
        var contractIds = contracts.Select(k => k.Id).ToList();
        var spans = await db.Placements.Where(p => p.ContractId != null && contractIds.Contains(p.ContractId.Value))
            .Select(p => new { p.ContractId, p.Start, End = p.ActualEnd ?? p.PlannedEnd }).ToListAsync(ct);
        var mentors = await db.Mentors.Where(m => m.JobCentreId == citizen.JobCentreId).OrderBy(m => m.Name).ToListAsync(ct);
        return companies.Select(c => new CompanyChoice(
            c.Id,
            c.Name,
            contracts.Where(k => k.CompanyId == c.Id).OrderBy(k => k.From).Select(k => new ContractChoice(k.Id, k.From, k.To, k.Places,
                Occupancy.On(spans.Where(s => s.ContractId == k.Id).Select(s => new Occupancy.Span(s.Start, s.End)), today > k.From ? today : k.From))).ToList(),
            mentors.Where(m => m.CompanyId == c.Id).Select(m => new MentorChoice(m.Id, m.Name)).ToList())).ToList();
    }
}
