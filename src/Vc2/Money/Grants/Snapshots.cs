using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules.Json;
using Vc2.Rules.Model;
using Vc2.Platform.Users;

namespace Vc2.Money.Grants;

/// <summary>Saves the current statement as a dated snapshot, lists the snapshots the user may see, and compares two: the
/// citizens whose amounts changed, by how much, and the explanation lines that changed (the why).</summary>
public sealed class Snapshots(Vc2Db db, ComputeStatement compute, TimeProvider clock)
{
    public sealed record Change(string CitizenId, string Name, decimal ActivityBefore, decimal ActivityAfter, decimal ResultBefore, decimal ResultAfter,
        IReadOnlyList<string> LinesRemoved, IReadOnlyList<string> LinesAdded);

    public sealed record Comparison(StatementSnapshot Before, StatementSnapshot After, IReadOnlyList<Change> Changes);

    public async Task<Result<Guid>> RunAsync(DateOnly? asOf, CancellationToken ct = default)
    {
        var data = await compute.RunAsync(asOf, ct: ct);
        using var scenario = new MemoryStream();
        await ScenarioJson.WriteAsync(scenario, data.Scenario, ct);
        using var statement = new MemoryStream();
        await ScenarioJson.WriteAsync(statement, data.Statement, ct);
        var ids = await db.JobCentres.Where(j => data.Statement.JobCentres.Select(c => c.Id).Contains(j.MunicipalityNumber)).Select(j => j.Id).ToListAsync(ct);
        var snapshot = new StatementSnapshot
        {
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = db.CurrentUser.DisplayName, AsOf = data.Statement.AsOf, Ruleset = data.Statement.Ruleset,
            JobCentreIds = string.Join(',', ids.Order()), ScenarioJson = Encoding.UTF8.GetString(scenario.ToArray()), StatementJson = Encoding.UTF8.GetString(statement.ToArray()),
        };
        db.StatementSnapshots.Add(snapshot);
        await db.SaveChangesAsync(ct);
        return snapshot.Id;
    }

    public async Task<IReadOnlyList<StatementSnapshot>> ListAsync(CancellationToken ct = default)
    {
        var all = await db.StatementSnapshots.AsNoTracking().OrderByDescending(s => s.CreatedAtUtc)
            .Select(s => new StatementSnapshot { Id = s.Id, CreatedAtUtc = s.CreatedAtUtc, CreatedBy = s.CreatedBy, AsOf = s.AsOf, Ruleset = s.Ruleset, JobCentreIds = s.JobCentreIds, ScenarioJson = "", StatementJson = "" })
            .ToListAsync(ct);
        return all.Where(Visible).ToList();
    }

    public async Task<Result<Comparison>> CompareAsync(Guid beforeId, Guid afterId, CancellationToken ct = default)
    {
        var before = await db.StatementSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == beforeId, ct);
        var after = await db.StatementSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == afterId, ct);
        if (before is null || after is null || !Visible(before) || !Visible(after))
        {
            return Result<Comparison>.Missing();
        }

        var a = Citizens(before);
        var b = Citizens(after);
        var own = db.CurrentUser.CitizenJobCentreIds;
        var citizens = await db.Citizens.Where(c => own.Contains(c.JobCentreId)).Select(c => new { c.Id, c.FirstName, c.LastName, c.JobCentreId })
            .ToDictionaryAsync(c => c.Id.ToString(), ct);
        var names = citizens.ToDictionary(c => c.Key, c => $"{c.Value.FirstName} {c.Value.LastName}");
        var changes = new List<Change>();
        foreach (var id in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var x = a.GetValueOrDefault(id);
            var y = b.GetValueOrDefault(id);
            if (x?.ActivityGrant == y?.ActivityGrant && x?.ResultGrant == y?.ResultGrant)
            {
                continue;
            }

            var linesBefore = (x?.Explanation ?? []).Select(l => l.ToString()).ToList();
            var linesAfter = (y?.Explanation ?? []).Select(l => l.ToString()).ToList();
            var removed = linesBefore.Except(linesAfter).ToList();
            var added = linesAfter.Except(linesBefore).ToList();
            changes.Add(new Change(id, names.GetValueOrDefault(id, id), x?.ActivityGrant ?? 0, y?.ActivityGrant ?? 0, x?.ResultGrant ?? 0, y?.ResultGrant ?? 0, removed, added));
        }

        // The changes name citizens (and show their amounts): each named one has the read in their access log.
        AuditLog.AddForEach(db, clock, AuditAction.Read,
            changes.Where(c => citizens.ContainsKey(c.CitizenId)).Select(c => (citizens[c.CitizenId].Id, citizens[c.CitizenId].JobCentreId)), "Sammenligning af gemte opgørelser");
        await db.SaveChangesAsync(ct);
        return new Comparison(before, after, changes);
    }

    private bool Visible(StatementSnapshot snapshot) =>
        db.CurrentUser.HasRole(Role.Agency)
        || snapshot.JobCentreIds.Split(',', StringSplitOptions.RemoveEmptyEntries).All(id => db.CurrentUser.CitizenJobCentreIds.Contains(Guid.Parse(id)));

    private static Dictionary<string, CitizenStatement> Citizens(StatementSnapshot snapshot)
    {
        var statement = System.Text.Json.JsonSerializer.Deserialize<Statement>(snapshot.StatementJson, ScenarioJson.Options)!;
        return statement.JobCentres.SelectMany(c => c.Citizens).ToDictionary(c => c.Id, StringComparer.Ordinal);
    }
}
