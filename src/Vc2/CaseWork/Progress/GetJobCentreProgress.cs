using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// A job centre's progress figures for its project leader, and for the agency and evaluators, who see every job
/// centre but only these aggregates: the queries run under the national filter, and nothing that names a citizen
/// leaves them.
/// </summary>
public sealed class GetJobCentreProgress(Vc2Db db, Instruments instruments, ProgressOptions options, TimeProvider clock)
{
    /// <param name="AnsweredOnVersions">The instrument versions the measurements were answered on: figures compare dimensions
    /// by key across versions, and say so when there is more than one (ADR 0024).</param>
    public sealed record Output(Guid JobCentreId, string JobCentreName, DateOnly Today, Instrument Instrument, ProgressFigures.Figures Figures,
        IReadOnlyList<int> AnsweredOnVersions);

    public async Task<Result<Output>> RunAsync(Guid jobCentreId, CancellationToken ct = default)
    {
        var user = db.CurrentUser;
        var national = user.IsNational;
        if (!national && !user.HasRole(Role.ProjectLeader, jobCentreId) && !user.IsSystem)
        {
            return Result<Output>.Missing();
        }

        var centre = await db.JobCentres.SingleOrDefaultAsync(j => j.Id == jobCentreId, ct);
        if (centre is null)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var citizenIds = await db.Citizens.Nationally().Where(c => c.JobCentreId == jobCentreId).Select(c => c.Id).ToListAsync(ct);
        var measurements = await db.Measurements.Nationally().Include(m => m.Scores).Where(m => m.JobCentreId == jobCentreId).AsNoTracking().ToListAsync(ct);
        var placements = await CitizenSchedules.PlacementsAsync(db.Placements.Nationally().Where(p => p.JobCentreId == jobCentreId), citizenIds, today, ct);
        var answers = measurements.Select(m => new CitizenSchedules.Answered(m.CitizenId, m.Respondent, m.AnsweredOn)).ToLookup(a => a.CitizenId);
        var schedule = placements.Keys.SelectMany(id => CitizenSchedules.For(id, placements, answers, today, options)).ToList();
        var instrument = await instruments.CurrentAsync(ct);
        var figures = ProgressFigures.Compute(instrument, measurements.Select(MeasurementPoint.From).ToList(), schedule, today);
        return new Output(centre.Id, centre.Name, today, instrument, figures, measurements.Select(m => m.InstrumentVersion).Distinct().Order().ToList());
    }
}
