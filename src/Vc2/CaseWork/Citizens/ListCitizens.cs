using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.CaseWork.Citizens;

/// <summary>The citizens of the user's job centres, searchable by name or CPR number. A CPR search looks up the keyed
/// hash (never the plain number) and is audited per citizen found; a list view is audited as one event.</summary>
public sealed class ListCitizens(Vc2Db db, CprProtector cpr, TimeProvider clock, CentreMemo memo)
{
    public const int PageSize = 50;

    public sealed record Input(string? Query, int Page = 1);

    public sealed record Row(Guid Id, string Name, string CprMasked, TargetGroup TargetGroup, DateOnly EnrolmentDate, string JobCentre, bool? InTargetGroup);

    public sealed record Output(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount, bool WasCprSearch);

    public async Task<Output> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Query?.Trim();
        if (!string.IsNullOrEmpty(text) && text.Count(char.IsAsciiDigit) >= 10 && Cpr.TryParse(text, out var parsed, out _))
        {
            // A CPR search is audited per citizen found, and not kept (its key would be the number's hash).
            var hash = cpr.Hash(parsed!);
            var (found, centres) = await SearchAsync(c => c.CprHash == hash, 1, ct);
            foreach (var (row, jobCentreId) in found.Rows.Zip(centres))
            {
                AuditLog.Add(db, clock, AuditAction.Search, jobCentreId, row.Id, "Søgning på CPR-nummer");
            }

            if (found.Rows.Count == 0)
            {
                AuditLog.Add(db, clock, AuditAction.Search, null, null, "Søgning på CPR-nummer uden resultat");
            }

            await db.SaveChangesAsync(ct);
            return found with { WasCprSearch = true };
        }

        // A name search or the list: computed once per change of the user's job centres (CentreMemo), audited per view.
        var lowered = text?.ToLowerInvariant();
        var user = db.CurrentUser;
        var output = (await memo.GetAsync(db, $"citizens:{user.UserId}:{input.Page}:{lowered}", user.CitizenJobCentreIds, Today.In(clock),
            async () => (await SearchAsync(c => lowered == null || (c.FirstName + " " + c.LastName).ToLower().Contains(lowered), input.Page, ct)).Output, ct))!;
        foreach (var jobCentreId in user.CitizenJobCentreIds)
        {
            AuditLog.Add(db, clock, AuditAction.List, jobCentreId, null, $"{output.Rows.Count} borgere vist (side {output.Page})");
        }

        await db.SaveChangesAsync(ct);
        return output;
    }

    private async Task<(Output Output, List<Guid> JobCentres)> SearchAsync(System.Linq.Expressions.Expression<Func<Citizen, bool>> filter, int requestedPage, CancellationToken ct)
    {
        var query = from c in db.Citizens.Where(filter)
                    join j in db.JobCentres on c.JobCentreId equals j.Id
                    select new { c.Id, c.FirstName, c.LastName, c.BirthDate, c.TargetGroup, c.EnrolmentDate, c.JobCentreId, JobCentre = j.Name };
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(requestedPage, 1, pageCount);
        var found = await query
            .OrderBy(x => x.LastName).ThenBy(x => x.FirstName).ThenBy(x => x.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);

        // The latest check of each citizen shown: its answer, not its evidence.
        var shown = found.Select(x => x.Id).ToList();
        var checks = (await db.TargetGroupChecks.Where(t => shown.Contains(t.CitizenId))
                .Select(t => new { t.CitizenId, t.CheckedAtUtc, t.Result, t.OverrideInTargetGroup }).ToListAsync(ct))
            .GroupBy(t => t.CitizenId)
            .ToDictionary(g => g.Key, g => g.MaxBy(t => t.CheckedAtUtc) is { } latest ? TargetGroupCheck.Answer(latest.Result, latest.OverrideInTargetGroup) : null);
        var rows = found.Select(x => new Row(x.Id, $"{x.FirstName} {x.LastName}", Cpr.MaskFor(x.BirthDate), x.TargetGroup, x.EnrolmentDate, x.JobCentre,
            checks.GetValueOrDefault(x.Id))).ToList();
        return (new Output(rows, total, page, pageCount, WasCprSearch: false), found.Select(x => x.JobCentreId).ToList());
    }
}
