using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.CaseWork.Citizens;

/// <summary>The citizens of the user's job centres, searchable by name or CPR number. A CPR search looks up the keyed
/// hash (never the plain number) and is audited per citizen found; a list view is audited as one event.</summary>
public sealed class ListCitizens(Vc2Db db, CprProtector cpr, TimeProvider clock)
{
    public const int PageSize = 50;

    public sealed record Input(string? Query, int Page = 1);

    public sealed record Row(Guid Id, string Name, string CprMasked, TargetGroup TargetGroup, DateOnly EnrolmentDate, string JobCentre, bool? InTargetGroup);

    public sealed record Output(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount, bool WasCprSearch);

    public async Task<Output> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var query = from c in db.Citizens
                    join j in db.JobCentres on c.JobCentreId equals j.Id
                    select new { Citizen = c, JobCentre = j.Name };
        var text = input.Query?.Trim();
        var wasCpr = false;
        if (!string.IsNullOrEmpty(text))
        {
            if (text.Count(char.IsAsciiDigit) >= 10 && Cpr.TryParse(text, out var parsed, out _))
            {
                var hash = cpr.Hash(parsed!);
                query = query.Where(x => x.Citizen.CprHash == hash);
                wasCpr = true;
            }
            else
            {
                var lowered = text.ToLowerInvariant();
                query = query.Where(x => (x.Citizen.FirstName + " " + x.Citizen.LastName).ToLower().Contains(lowered));
            }
        }

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(input.Page, 1, pageCount);
        var found = await query
            .OrderBy(x => x.Citizen.LastName).ThenBy(x => x.Citizen.FirstName).ThenBy(x => x.Citizen.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);

        var shown = found.Select(x => x.Citizen.Id).ToList();
        var checks = (await db.TargetGroupChecks.Where(t => shown.Contains(t.CitizenId)).ToListAsync(ct))
            .GroupBy(t => t.CitizenId).ToDictionary(g => g.Key, g => g.MaxBy(t => t.CheckedAtUtc)!.InTargetGroup);
        var rows = found.Select(x => new Row(
            x.Citizen.Id,
            x.Citizen.FullName,
            Cpr.MaskFor(x.Citizen.BirthDate),
            x.Citizen.TargetGroup,
            x.Citizen.EnrolmentDate,
            x.JobCentre,
            checks.GetValueOrDefault(x.Citizen.Id))).ToList();

        if (wasCpr)
        {
            foreach (var x in found)
            {
                AuditLog.Add(db, clock, AuditAction.Search, x.Citizen.JobCentreId, x.Citizen.Id, "Søgning på CPR-nummer");
            }

            if (found.Count == 0)
            {
                AuditLog.Add(db, clock, AuditAction.Search, null, null, "Søgning på CPR-nummer uden resultat");
            }
        }
        else
        {
            foreach (var jobCentreId in db.CurrentUser.CitizenJobCentreIds)
            {
                AuditLog.Add(db, clock, AuditAction.List, jobCentreId, null, $"{rows.Count} borgere vist (side {page})");
            }
        }

        await db.SaveChangesAsync(ct);
        return new Output(rows, total, page, pageCount, wasCpr);
    }
}
