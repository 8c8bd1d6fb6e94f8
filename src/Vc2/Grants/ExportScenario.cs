using Microsoft.EntityFrameworkCore;
using Vc2.Data;
using Vc2.Outcomes;
using Vc2.Rules;
using Vc2.Rules.Model;

namespace Vc2.Grants;

/// <summary>
/// The grant engine's input made from the database: per job centre the expected participants and per citizen the
/// placements and registered education starts (rule R8). Citizens are named by their record id, never by CPR number.
/// Register weeks and a-conto payments come with the registers and payments (a later issue); until then they are empty.
/// </summary>
public sealed class ExportScenario(Vc2Db db)
{
    public async Task<Scenario> RunAsync(DateOnly asOf, IsoWeek? registerCoveredThrough = null, CancellationToken ct = default)
    {
        var visible = db.CurrentUser.IsSystem ? null : db.CurrentUser.CitizenJobCentreIds;
        var centres = await db.JobCentres.Where(j => visible == null || visible.Contains(j.Id)).OrderBy(j => j.MunicipalityNumber).ToListAsync(ct);
        var ids = centres.Select(c => c.Id).ToList();
        var citizens = await db.Citizens.Where(c => ids.Contains(c.JobCentreId)).OrderBy(c => c.Id).Select(c => new { c.Id, c.JobCentreId }).ToListAsync(ct);
        var placements = (await db.Placements.Where(p => ids.Contains(p.JobCentreId)).Select(p => new { p.CitizenId, p.Start, p.ActualEnd }).ToListAsync(ct))
            .ToLookup(p => p.CitizenId);
        var educations = (await db.Outcomes.Where(o => ids.Contains(o.JobCentreId) && o.Kind == OutcomeKind.Education).Select(o => new { o.CitizenId, o.Start }).ToListAsync(ct))
            .ToLookup(o => o.CitizenId);
        var list = centres.Select(centre => new JobCentreInput(
            centre.MunicipalityNumber,
            centre.Name,
            centre.ExpectedParticipants,
            0m,
            citizens.Where(c => c.JobCentreId == centre.Id).Select(c => new CitizenInput(
                c.Id.ToString(),
                placements[c.Id].OrderBy(p => p.Start).Select(p => new Placement(p.Start, p.ActualEnd)).ToList(),
                educations[c.Id].Select(e => e.Start).Order().ToList(),
                [])).ToList())).ToList();
        return new Scenario(asOf, registerCoveredThrough, list);
    }
}
