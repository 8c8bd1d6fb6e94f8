using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Overviews;

/// <summary>One company of the user's job centres, with contacts, contracts (places contracted vs. occupied) and mentors.</summary>
public sealed class GetCompany(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(Guid Id, string Name, string Cvr, string? PNumber, string? Address, string? PostalCode,
        string? City, string? Industry, string JobCentre, string? ContactName, string? ContactPhone, string? ContactEmail,
        string? FixedContactName, string? FixedContactPhone, string? FixedContactEmail, string? FixedContactHours, int Version,
        IReadOnlyList<ContractRow> Contracts, IReadOnlyList<MentorRow> Mentors);

    public sealed record ContractRow(Guid Id, int Places, DateOnly From, DateOnly To, DateOnly SignedOn, int OccupiedToday, int PeakOccupied, bool Current);

    public sealed record MentorRow(Guid Id, string Name, string? Title, string? Phone, string? Email);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        var found = await (from c in db.Companies
                           join j in db.JobCentres on c.JobCentreId equals j.Id
                           where c.Id == id
                           select new { Company = c, JobCentre = j.Name }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var contracts = await db.Contracts.Where(x => x.CompanyId == id).OrderByDescending(x => x.From).ToListAsync(ct);
        var placements = await db.Placements.Where(p => p.CompanyId == id && p.ContractId != null)
            .Select(p => new { p.ContractId, p.Start, End = p.ActualEnd ?? p.PlannedEnd }).ToListAsync(ct);
        var rows = contracts.Select(k =>
        {
            var spans = placements.Where(p => p.ContractId == k.Id).Select(p => new Occupancy.Span(p.Start, p.End)).ToList();
            return new ContractRow(k.Id, k.Places, k.From, k.To, k.SignedOn, Occupancy.On(spans, today), Occupancy.Peak(spans, k.From, k.To),
                k.From <= today && today <= k.To);
        }).ToList();
        var mentors = await db.Mentors.Where(m => m.CompanyId == id).OrderBy(m => m.Name)
            .Select(m => new MentorRow(m.Id, m.Name, m.Title, m.Phone, m.Email)).ToListAsync(ct);
        var co = found.Company;
        return new Output(co.Id, co.Name, co.Cvr, co.PNumber, co.Address, co.PostalCode, co.City, co.Industry, found.JobCentre,
            co.ContactName, co.ContactPhone, co.ContactEmail, co.FixedContactName, co.FixedContactPhone, co.FixedContactEmail,
            co.FixedContactHours, co.Version, rows, mentors);
    }
}
