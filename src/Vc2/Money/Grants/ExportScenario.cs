using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.CaseWork.Outcomes;
using Vc2.Rules;
using Vc2.Rules.Model;

namespace Vc2.Money.Grants;

/// <summary>
/// The grant engine's input made from the database: per job centre the expected participants and per citizen the
/// placements, registered education starts (rule R8) and register weeks (benefit category from the benefit register,
/// hours from the income register; completed imports only). The coverage is the last week of the newest benefit
/// import, unless asked otherwise. Citizens are named by their record id, never by CPR number. A-conto paid is the sum
/// of the job centre's paid a-conto payment requests.
/// </summary>
public sealed class ExportScenario(Vc2Db db, Rules.Engine.GrantEngine engine)
{
    /// <summary>The user's job centres; the agency, evaluators (and the system) get every job centre — with citizens as record ids only.
    /// With <paramref name="citizenId"/>, only that citizen's rows are read (one citizen's drill-down need not read a register).</summary>
    public async Task<Scenario> RunAsync(DateOnly asOf, IsoWeek? registerCoveredThrough = null, Guid? citizenId = null, CancellationToken ct = default)
    {
        // The evaluators need the engine's course and result per citizen for the evaluation; their pages show aggregates only.
        var centres = await db.JobCentresInView().OrderBy(j => j.MunicipalityNumber).ToListAsync(ct);
        // Only ids, placement dates and register weeks leave these queries, so they run under the national filter.
        var citizens = await db.Citizens.Nationally().Where(c => citizenId == null || c.Id == citizenId).OrderBy(c => c.Id).Select(c => new { c.Id, c.JobCentreId }).ToListAsync(ct);
        var placements = (await db.Placements.Nationally().Where(p => citizenId == null || p.CitizenId == citizenId).Select(p => new { p.CitizenId, p.Start, p.ActualEnd }).ToListAsync(ct))
            .ToLookup(p => p.CitizenId);
        var completed = db.ImportRuns.Where(r => r.Status == Money.Registers.ImportStatus.Completed);
        var benefits = (await (from w in db.BenefitWeeks.Nationally()
                               join r in completed on w.ImportRunId equals r.Id
                               where citizenId == null || w.CitizenId == citizenId
                               select new { w.CitizenId, w.Week, w.Category }).ToListAsync(ct)).ToLookup(w => w.CitizenId);
        var hours = (await (from w in db.HoursWeeks.Nationally()
                            join r in completed on w.ImportRunId equals r.Id
                            where citizenId == null || w.CitizenId == citizenId
                            select new { w.CitizenId, w.Week, w.Hours }).ToListAsync(ct)).ToLookup(w => w.CitizenId);
        var lastBenefitWeek = await completed.Where(r => r.Kind == Money.Registers.ImportKind.Benefits).MaxAsync(r => (int?)r.LastWeek, ct);
        var coverage = registerCoveredThrough ?? (lastBenefitWeek is { } lastWeek ? IsoWeek.FromOrdinal(lastWeek) : IsoWeek.Of(engine.Ruleset.ProjectStart.At(asOf).AddDays(-1)));
        var educations = (await db.Outcomes.Nationally().Where(o => o.Kind == OutcomeKind.Education && (citizenId == null || o.CitizenId == citizenId)).Select(o => new { o.CitizenId, o.Start }).ToListAsync(ct))
            .ToLookup(o => o.CitizenId);
        // Paid a-conto payments feed the balance (R12). Amounts are summed here: SQLite cannot sum decimals in SQL.
        var aconto = (await db.PaymentRequests.Nationally()
                .Where(p => p.Kind == Money.Payments.PaymentKind.Aconto && p.Status == Money.Payments.PaymentStatus.Paid)
                .Select(p => new { p.JobCentreId, p.Amount }).ToListAsync(ct))
            .GroupBy(p => p.JobCentreId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var list = centres.Select(centre => new JobCentreInput(
            centre.MunicipalityNumber,
            centre.Name,
            centre.ExpectedParticipants,
            aconto.GetValueOrDefault(centre.Id),
            citizens.Where(c => c.JobCentreId == centre.Id).Select(c => new CitizenInput(
                c.Id.ToString(),
                placements[c.Id].OrderBy(p => p.Start).Select(p => new Placement(p.Start, p.ActualEnd)).ToList(),
                educations[c.Id].Select(e => e.Start).Order().ToList(),
                RegisterWeeks(benefits[c.Id].Select(b => (b.Week, b.Category)), hours[c.Id].Select(h => (h.Week, h.Hours)), coverage))).ToList())).ToList();
        return new Scenario(asOf, coverage, list);
    }

    /// <summary>One row per week that has a benefit or hours, up to the coverage: the category from the benefit register
    /// (none when there is none), the hours summed from the pay-period pieces and rounded to two decimals.</summary>
    private static List<RegisterWeek> RegisterWeeks(IEnumerable<(int Week, Rules.Model.BenefitCategory Category)> benefits,
        IEnumerable<(int Week, decimal Hours)> hours, IsoWeek coverage)
    {
        var limit = coverage.Ordinal;
        var byWeek = new SortedDictionary<int, (Rules.Model.BenefitCategory Category, decimal Hours)>();
        foreach (var (week, category) in benefits.Where(b => b.Week <= limit))
        {
            byWeek[week] = (category, 0);
        }

        foreach (var (week, h) in hours.Where(x => x.Week <= limit))
        {
            var current = byWeek.GetValueOrDefault(week, (Rules.Model.BenefitCategory.None, 0m));
            byWeek[week] = (current.Item1, current.Item2 + h);
        }

        return byWeek.Select(w => new RegisterWeek(IsoWeek.FromOrdinal(w.Key), w.Value.Category, Math.Round(w.Value.Hours, 2, MidpointRounding.AwayFromZero))).ToList();
    }
}
