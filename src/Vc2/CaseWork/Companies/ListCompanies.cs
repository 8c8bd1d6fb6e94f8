using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Companies;

/// <summary>The companies of the user's job centres, searchable by name or CVR number.</summary>
public sealed class ListCompanies(Vc2Db db)
{
    public sealed record Row(Guid Id, string Name, string Cvr, string? City, string? Industry);

    public async Task<IReadOnlyList<Row>> RunAsync(string? query, CancellationToken ct = default)
    {
        var companies = db.Companies.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim().ToLowerInvariant();
            companies = companies.Where(c => c.Name.ToLower().Contains(q) || c.Cvr == q);
        }

        return await companies.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Name, c.Cvr, c.City, c.Industry))
            .ToListAsync(ct);
    }
}
