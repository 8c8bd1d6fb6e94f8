using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Progress;
using Vc2.Money.Grants;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;
using Vc2.Rules.Model;
using Vc2.Steering.Holdepunkter;

namespace Vc2.Steering.Overview;

/// <summary>
/// Recomputes the national figures of the job centres whose data changed since (or whose figures are for another day),
/// one centre at a time, as the system, under a database lease so that one instance does it at a time (ADR 0019). The
/// background worker calls it every few seconds; the agency's pages call it for a handful of stale centres so that a
/// caseworker's change shows at once, and leave a national recomputation (after an import) to the worker.
/// </summary>
public sealed class RefreshFigures(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string LeaseName = "landstal";

    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(2);

    /// <param name="Refreshed">Centres computed now.</param>
    /// <param name="Stale">Centres whose figures are still not current afterwards.</param>
    /// <param name="Busy">Another instance or request holds the lease.</param>
    public sealed record Outcome(int Refreshed, int Stale, bool Busy);

    /// <summary>Refreshes every stale centre, unless more than <paramref name="atMost"/> are stale: then none (the
    /// worker does them). With <paramref name="wait"/>, waits that long for a busy lease before giving up.</summary>
    public async Task<Outcome> RunAsync(int atMost = int.MaxValue, TimeSpan wait = default, IProgress<(int Done, int Of)>? progress = null, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("landstal");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var today = Today.In(clock);
        var stale = await StaleAsync(db, today, ct);
        if (stale.Count == 0 || stale.Count > atMost)
        {
            return new Outcome(0, stale.Count, false);
        }

        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var waitUntil = clock.GetUtcNow() + wait;
        while (!await db.TryAcquireAsync(LeaseName, owner, LeaseFor, clock.GetUtcNow().UtcDateTime, ct))
        {
            if (clock.GetUtcNow() >= waitUntil)
            {
                return new Outcome(0, stale.Count, true);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }

        try
        {
            // Read again under the lease: the holder before may have done them.
            stale = await StaleAsync(db, today, ct);
            if (stale.Count > atMost)
            {
                return new Outcome(0, stale.Count, false);
            }

            var done = 0;
            foreach (var (centreId, version) in stale)
            {
                ct.ThrowIfCancellationRequested();
                await RefreshAsync(centreId, version, today, ct);
                done++;
                progress?.Report((done, stale.Count));
                await db.TryAcquireAsync(LeaseName, owner, LeaseFor, clock.GetUtcNow().UtcDateTime, ct);
            }

            return new Outcome(done, (await StaleAsync(db, today, ct)).Count, false);
        }
        finally
        {
            await db.ReleaseAsync(LeaseName, owner);
        }
    }

    /// <summary>The stale centres with the change version their figures will be computed from. A centre without a
    /// figures row gets one first, so that a change made while it is computed is not lost.</summary>
    private static async Task<List<(Guid Id, long Version)>> StaleAsync(Vc2Db db, DateOnly today, CancellationToken ct)
    {
        var missing = await db.JobCentres.Where(j => !db.JobCentreFigures.Any(f => f.JobCentreId == j.Id)).Select(j => j.Id).ToListAsync(ct);
        if (missing.Count > 0)
        {
            db.JobCentreFigures.AddRange(missing.Select(id => new JobCentreFigures { JobCentreId = id, ComputedFor = today }));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // made by another instance at the same moment
            }
        }

        return (await db.JobCentreFigures.AsNoTracking()
                .Where(JobCentreFigures.StaleOn(today))
                .OrderBy(f => f.ComputedAtUtc).Select(f => new { f.JobCentreId, f.ChangeVersion }).ToListAsync(ct))
            .Select(f => (f.JobCentreId, f.ChangeVersion)).ToList();
    }

    private async Task RefreshAsync(Guid centreId, long version, DateOnly today, CancellationToken ct)
    {
        // A scope per centre: the change tracker and the engine's input stay one centre's size.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("landstal");
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Vc2Db>();
        var centre = await db.JobCentres.AsNoTracking().Where(j => j.Id == centreId).Select(j => new { j.MunicipalityNumber, j.ExpectedParticipants }).SingleAsync(ct);
        var statement = await services.GetRequiredService<ComputeStatement>().RunAsync(today, centreId, ct: ct);
        var part = StatementPart.Of(statement, centre.MunicipalityNumber);
        var s = part.Statement.JobCentres[0];
        var progress = await services.GetRequiredService<GetJobCentreProgress>().RunAsync(centreId, ct) is Result<GetJobCentreProgress.Output>.Ok p ? p.Value.Figures : null;
        var change = progress?.Change.Where(c => c.Respondent == Respondent.Citizen && c.AverageChange is not null).ToList();
        var holdepunkter = await services.GetRequiredService<GetHoldepunkter>().RunAsync(centreId, ct) is Result<GetHoldepunkter.Output>.Ok h ? h.Value.Rows : [];
        var groups = await db.Citizens.Where(c => c.JobCentreId == centreId).GroupBy(c => c.TargetGroup).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var companies = await db.Companies.CountAsync(c => c.JobCentreId == centreId, ct);
        var placements = await db.Placements.CountAsync(x => x.JobCentreId == centreId, ct);
        var outcomes = await db.Outcomes.Where(o => o.JobCentreId == centreId).GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var figures = new CentreFigures(
            centre.ExpectedParticipants, groups.Values.Sum(), groups.GetValueOrDefault(CaseWork.Citizens.TargetGroup.Ressourceforloeb),
            groups.GetValueOrDefault(CaseWork.Citizens.TargetGroup.KontanthjaelpTwoYears), companies, placements,
            s.Citizens.Count(c => c.Courses.Count > 0), s.Citizens.Count(c => c.Courses.Any(k => k.Status == CourseStatus.Qualified)),
            Enum.GetValues<OutcomeKind>().ToDictionary(k => k, k => outcomes.GetValueOrDefault(k)),
            s.FixedGrant, s.ActivityGrant, s.ResultGrant, s.Frame, s.ActivityAndResultPayable, s.Total, part.Paid,
            part.Unchecked.Count, part.Excluded.Count, part.Finality.IsFinal,
            change is null || change.Count == 0 ? null : Math.Round(change.Average(c => c.AverageChange!.Value), 2, MidpointRounding.AwayFromZero),
            holdepunkter.Select(r => new HoldepunktStatus(r.Number, r.Title, r.Status)).ToList());
        var now = clock.GetUtcNow().UtcDateTime;
        var figuresJson = figures.ToJson();
        var statementJson = part.ToJson();
        // Only the computed columns: a change that raised ChangeVersion meanwhile keeps the centre stale.
        await db.JobCentreFigures.Where(f => f.JobCentreId == centreId).ExecuteUpdateAsync(u => u
            .SetProperty(f => f.ComputedVersion, version).SetProperty(f => f.ComputedFor, today).SetProperty(f => f.ComputedAtUtc, now)
            .SetProperty(f => f.FiguresJson, figuresJson).SetProperty(f => f.StatementJson, statementJson), ct);
    }
}
