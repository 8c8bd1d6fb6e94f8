using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.Steering.Holdepunkter;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Users;

namespace Vc2.Steering.Overview;

/// <summary>
/// The agency's national overview: every job centre side by side — participants, placements, the share whose course
/// reached three months, outcomes by type, the activity and result grant payable against the frame (the fixed grant
/// apart), paid and what must be repaid, progression and the holdepunkter not kept.
/// Aggregates only; the per-job-centre figures come from the same use cases the job centres see.
/// </summary>
public sealed class ProgrammeOverview(Vc2Db db, ComputeStatement statement, GetHoldepunkter holdepunkter, GetJobCentreProgress progress)
{
    public sealed record Row(Guid Id, string Name, int ExpectedParticipants, int Participants, int Placements, int WithCourse, int ReachedThreeMonths,
        decimal? ShareReachedThreeMonths, IReadOnlyDictionary<OutcomeKind, int> Outcomes, decimal? ActivityAndResultPayable, decimal? Frame, decimal? Total, decimal Paid, decimal? CitizenChange,
        int HoldepunkterRed, int HoldepunkterYellow)
    {
        /// <summary>The settled total minus everything paid; negative: the job centre must repay.</summary>
        public decimal? Rest => Total - Paid;

        public decimal Repayment => Rest is < 0 ? -Rest.Value : 0;
    }

    public async Task<Result<IReadOnlyList<Row>>> RunAsync(CancellationToken ct = default)
    {
        if (!db.CurrentUser.IsNational && !db.CurrentUser.IsSystem)
        {
            return Result<IReadOnlyList<Row>>.Missing();
        }

        var centres = await db.JobCentres.OrderBy(j => j.Name).ToListAsync(ct);
        var placements = await db.Placements.Nationally().GroupBy(p => p.JobCentreId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var outcomes = await db.Outcomes.Nationally().GroupBy(o => new { o.JobCentreId, o.Kind }).Select(g => new { g.Key.JobCentreId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var citizens = await db.Citizens.Nationally().GroupBy(c => c.JobCentreId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        // The statement for every job centre (the agency and evaluators), one engine run.
        var data = await statement.RunAsync(ct: ct);
        var settled = data.Statement.JobCentres.ToDictionary(j => j.Id);
        var rows = new List<Row>();
        foreach (var centre in centres)
        {
            var s = settled.GetValueOrDefault(centre.MunicipalityNumber);
            var withCourse = s?.Citizens.Count(c => c.Courses.Count > 0) ?? 0;
            var reached = s?.Citizens.Count(c => c.Courses.Any(k => k.Status == Rules.Model.CourseStatus.Qualified)) ?? 0;
            var figures = await progress.RunAsync(centre.Id, ct) is Result<GetJobCentreProgress.Output>.Ok p ? p.Value.Figures : null;
            var change = figures?.Change.Where(c => c.Respondent == Respondent.Citizen && c.AverageChange is not null).ToList();
            var dashboard = await holdepunkter.RunAsync(centre.Id, ct) is Result<GetHoldepunkter.Output>.Ok h ? h.Value.Rows : [];
            rows.Add(new Row(centre.Id, centre.Name, centre.ExpectedParticipants,
                citizens.FirstOrDefault(c => c.Key == centre.Id)?.Count ?? 0,
                placements.FirstOrDefault(c => c.Key == centre.Id)?.Count ?? 0,
                withCourse, reached, withCourse == 0 ? null : Math.Round((decimal)reached / withCourse, 4, MidpointRounding.AwayFromZero),
                Enum.GetValues<OutcomeKind>().ToDictionary(k => k, k => outcomes.FirstOrDefault(o => o.JobCentreId == centre.Id && o.Kind == k)?.Count ?? 0),
                s?.ActivityAndResultPayable, s?.Frame, s?.Total, data.Paid.GetValueOrDefault(centre.MunicipalityNumber),
                change is null || change.Count == 0 ? null : Math.Round(change.Average(c => c.AverageChange!.Value), 2, MidpointRounding.AwayFromZero),
                dashboard.Count(r => r.Status == IndicatorStatus.Red), dashboard.Count(r => r.Status == IndicatorStatus.Yellow)));
        }

        return rows;
    }
}
