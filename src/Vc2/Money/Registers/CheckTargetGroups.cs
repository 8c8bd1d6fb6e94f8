using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Audit;
using Vc2.Platform.Data;
using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>
/// The target-group check for many citizens at once (R0, ADR 0016): after each benefit import for every enrolled
/// citizen without a usable check (never checked, or the register did not cover the enrolment week), and on request for
/// every citizen of a job centre. In batches of <see cref="BatchSize"/>: one read of the batch's register weeks, one
/// bulk write of its checks and audit events, progress on the import run when there is one. The same rule as one citizen's
/// check (<see cref="CheckTargetGroup.Evaluate"/>). An override stays what counts; a new check is only added. Reads
/// run under the national filter: the system (and an agency user who confirms an import) reaches every job centre,
/// staff only their own, and only ids, dates and categories leave the queries.
/// </summary>
public sealed class CheckTargetGroups(Vc2Db db, RegisterOptions options, TimeProvider clock)
{
    public const int BatchSize = 2000;

    public sealed record Output(int Checked, int InTargetGroup, int NotInTargetGroup, int NoData);

    /// <param name="jobCentreId">Only this job centre's citizens (one of the user's own); null: every job centre the user
    /// may read (the system after an import).</param>
    /// <param name="all">Check every citizen again, not only those without a usable check.</param>
    /// <param name="runId">The import run whose progress fields count the work.</param>
    /// <param name="by">Who the checks are made by (default: the user).</param>
    public async Task<Output> RunAsync(Guid? jobCentreId, bool all, Guid? runId, string? by = null, CancellationToken ct = default)
    {
        var citizens = await db.Citizens.Nationally().Where(c => jobCentreId == null || c.JobCentreId == jobCentreId)
            .OrderBy(c => c.JobCentreId).ThenBy(c => c.Id).Select(c => new Enrolled(c.Id, c.JobCentreId, c.EnrolmentDate)).ToListAsync(ct);
        if (!all)
        {
            var usable = (await db.TargetGroupChecks.Nationally().Where(t => jobCentreId == null || t.JobCentreId == jobCentreId)
                    .Select(t => new { t.CitizenId, t.CheckedAtUtc, t.Result, t.OverrideInTargetGroup }).ToListAsync(ct))
                .GroupBy(t => t.CitizenId).Select(g => g.MaxBy(t => t.CheckedAtUtc)!)
                .Where(t => t.Result != TargetGroupResult.NoData || t.OverrideInTargetGroup is not null)
                .Select(t => t.CitizenId).ToHashSet();
            citizens = citizens.Where(c => !usable.Contains(c.Id)).ToList();
        }

        await ProgressAsync(runId, 0, citizens.Count, ct);
        var completed = db.ImportRuns.Where(r => r.Status == ImportStatus.Completed && r.Kind == ImportKind.Benefits);
        var covered = await completed.MaxAsync(r => (int?)r.LastWeek, ct);
        by ??= db.CurrentUser.DisplayName;
        var counts = new Dictionary<TargetGroupResult, int>();
        for (var done = 0; done < citizens.Count; done += BatchSize)
        {
            var batch = citizens.Skip(done).Take(BatchSize).ToList();
            await CheckBatchAsync(batch, completed, covered, by, counts, ct);
            await ProgressAsync(runId, done + batch.Count, citizens.Count, ct);
        }

        return new Output(citizens.Count, counts.GetValueOrDefault(TargetGroupResult.InTargetGroup), counts.GetValueOrDefault(TargetGroupResult.NotInTargetGroup),
            counts.GetValueOrDefault(TargetGroupResult.NoData));
    }

    private sealed record Enrolled(Guid Id, Guid JobCentreId, DateOnly EnrolmentDate);

    /// <summary>Checks one batch against its register weeks, counting the results, and writes the checks.</summary>
    private async Task CheckBatchAsync(List<Enrolled> batch, IQueryable<ImportRun> completed, int? covered, string by, Dictionary<TargetGroupResult, int> counts,
        CancellationToken ct)
    {
        var ids = batch.Select(c => c.Id).ToList();
        // In job-centre order a batch holds one or two centres: the weeks are read on their index (job centre, citizen, week).
        var centres = batch.Select(c => c.JobCentreId).Distinct().ToList();
        var firstWeek = batch.Min(c => Rules.IsoWeek.Of(c.EnrolmentDate).Ordinal) - CheckTargetGroup.WeeksBefore;
        var lastWeek = batch.Max(c => Rules.IsoWeek.Of(c.EnrolmentDate).Ordinal);
        var weeks = (await (from w in db.BenefitWeeks.Nationally()
                            join r in completed on w.ImportRunId equals r.Id
                            where centres.Contains(w.JobCentreId) && ids.Contains(w.CitizenId) && w.Week >= firstWeek && w.Week <= lastWeek
                            select new { w.CitizenId, w.Week, w.Category }).ToListAsync(ct))
            .ToLookup(w => w.CitizenId);
        var now = clock.GetUtcNow().UtcDateTime;
        var checks = new List<TargetGroupCheck>(batch.Count);
        var events = new List<AuditEvent>(batch.Count);
        foreach (var citizen in batch)
        {
            var own = new Dictionary<int, BenefitCategory>();
            foreach (var w in weeks[citizen.Id])
            {
                own[w.Week] = w.Category;
            }

            var check = CheckTargetGroup.Evaluate(citizen.JobCentreId, citizen.Id, citizen.EnrolmentDate, own, covered,
                options.TargetGroupAllowedDifferingWeeks, now, by);
            counts[check.Result] = counts.GetValueOrDefault(check.Result) + 1;
            checks.Add(check);
            events.Add(AuditLog.Event(db, clock, AuditAction.Update, citizen.JobCentreId, citizen.Id, "Målgruppetjek i ydelsesregistret (alle borgere)"));
        }

        // A batch's checks and their audit events are written together, in bulk (ADR 0021).
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await BulkInsert.AddAsync(db, checks, ct);
            await BulkInsert.AddAsync(db, events, ct);
            await transaction.CommitAsync(ct);
        }
    }

    private async Task ProgressAsync(Guid? runId, int done, int total, CancellationToken ct)
    {
        if (runId is { } id)
        {
            await db.ImportRuns.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.ChecksDone, done).SetProperty(r => r.ChecksTotal, total), ct);
        }
    }
}
