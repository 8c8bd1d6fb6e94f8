using Microsoft.EntityFrameworkCore;
using Vc2.Common;
using Vc2.Data;

namespace Vc2.Companies;

/// <summary>One company of the user's job centres.</summary>
public sealed class GetCompany(Vc2Db db)
{
    public sealed record Output(Guid Id, string Name, string Cvr, string? PNumber, string? Address, string? PostalCode,
        string? City, string? Industry, string JobCentre, int Version);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        var found = await (from c in db.Companies
                           join j in db.JobCentres on c.JobCentreId equals j.Id
                           where c.Id == id
                           select new Output(c.Id, c.Name, c.Cvr, c.PNumber, c.Address, c.PostalCode, c.City, c.Industry, j.Name, c.Version))
            .SingleOrDefaultAsync(ct);
        return found is null ? Result<Output>.Missing() : found;
    }
}
