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
/// import, but never later than the ISO week of the as-of date (the <c>settle</c> contract's default), so a statement as
/// of an earlier date never counts weeks that came later. Citizens are named by their record id, never by CPR number.
/// A-conto paid is the sum of the job centre's paid a-conto payment requests.
/// Only participants (R0, <see cref="Participation"/>) are in <see cref="Export.Scenario"/>, and placement days before a
/// citizen's enrolment are left out; citizens outside the target group are in <see cref="Export.Excluded"/>, settled
/// only to show what they would have earned.
/// </summary>
public sealed class ExportScenario(Vc2Db db, Rules.Engine.GrantEngine engine, IPaymentRecords payments)
{
    /// <param name="Scenario">The engine's input: participants only. <c>vc2 settle</c> on it gives the statement.</param>
    /// <param name="Excluded">The same for the citizens outside the target group (their job centres' a conto left out).</param>
    /// <param name="BeforeEnrolment">Citizens with placement days before their enrolment (not counted), with the enrolment date.</param>
    /// <param name="Paid">Per job centre id, what has been paid (a conto and in all).</param>
    /// <param name="JobCentreIds">The record id of each job centre in the scenario, by municipality number.</param>
    public sealed record Export(Scenario Scenario, Scenario Excluded, Participation Participation, IReadOnlyDictionary<string, DateOnly> BeforeEnrolment,
        IReadOnlyDictionary<Guid, PaidTotals> Paid, IReadOnlyDictionary<string, Guid> JobCentreIds);

    /// <summary>The user's job centres; the agency, evaluators (and the system) get every job centre — with citizens as record ids only.
    /// With <paramref name="citizenId"/>, only that citizen's rows are read (one citizen's drill-down need not read a register).</summary>
    public async Task<Export> RunAsync(DateOnly asOf, IsoWeek? registerCoveredThrough = null, Guid? citizenId = null, Guid? jobCentreId = null, CancellationToken ct = default)
    {
        // The evaluators need the engine's course and result per citizen for the evaluation; their pages show aggregates only.
        var centres = await db.JobCentresInView().Where(j => jobCentreId == null || j.Id == jobCentreId).OrderBy(j => j.MunicipalityNumber).ToListAsync(ct);
        // Only ids, placement dates and register weeks leave these queries, so they run under the national filter.
        var citizens = await db.Citizens.Nationally().Where(c => (citizenId == null || c.Id == citizenId) && (jobCentreId == null || c.JobCentreId == jobCentreId))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.JobCentreId, c.EnrolmentDate }).ToListAsync(ct);
        var placements = (await db.Placements.Nationally().Where(p => (citizenId == null || p.CitizenId == citizenId) && (jobCentreId == null || p.JobCentreId == jobCentreId))
                .Select(p => new { p.CitizenId, p.Start, p.ActualEnd }).ToListAsync(ct))
            .ToLookup(p => p.CitizenId);
        // No result window starts before the enrolment week (placements count from the enrolment, R0 and R6), so the
        // weeks before it — two years of them, for the target-group check — need not leave the database.
        var fromWeek = citizens.Count == 0 ? 0 : IsoWeek.Of(citizens.Min(c => c.EnrolmentDate)).Ordinal;
        // The weeks' index starts with the job centre (ADR 0020): one citizen's weeks are read under the citizen's own
        // centre (none when the citizen is not in view), else a citizen's statement would scan the nation's weeks.
        var weeksCentre = citizenId is null ? jobCentreId : citizens.Select(c => (Guid?)c.JobCentreId).FirstOrDefault() ?? Guid.Empty;
        var (benefits, hours) = await RegisterWeeksAsync(citizenId, weeksCentre, fromWeek, ct);
        var coverage = registerCoveredThrough ?? await CoverageAsync(db, engine, asOf, ct);
        var educations = (await db.Outcomes.Nationally()
                .Where(o => o.Kind == OutcomeKind.Education && (citizenId == null || o.CitizenId == citizenId) && (jobCentreId == null || o.JobCentreId == jobCentreId))
                .Select(o => new { o.CitizenId, o.Start }).ToListAsync(ct))
            .ToLookup(o => o.CitizenId);
        // Paid a-conto payments feed the balance (R12).
        var paid = await payments.ByJobCentreAsync(jobCentreId, ct);
        var participation = await Participation.ReadAsync(db, citizens.Select(c => c.Id).ToList(), citizenId, jobCentreId, ct);
        var beforeEnrolment = new Dictionary<string, DateOnly>();

        CitizenInput Citizen(Guid id, DateOnly enrolled)
        {
            // R0: days before the enrolment are not the programme's; a placement that began earlier counts from the enrolment.
            var own = placements[id].OrderBy(p => p.Start).ToList();
            if (own.Any(p => p.Start < enrolled))
            {
                beforeEnrolment[id.ToString()] = enrolled;
            }

            return new CitizenInput(
                id.ToString(),
                own.Where(p => p.ActualEnd is null || p.ActualEnd >= enrolled)
                    .Select(p => new Placement(p.Start < enrolled ? enrolled : p.Start, p.ActualEnd)).ToList(),
                educations[id].Select(e => e.Start).Order().ToList(),
                RegisterWeeks(benefits[id], hours[id], IsoWeek.Of(enrolled).Ordinal, coverage));
        }

        List<JobCentreInput> Centres(bool earning) => centres.Select(centre => new JobCentreInput(
            centre.MunicipalityNumber,
            centre.Name,
            centre.ExpectedParticipants,
            earning ? paid.GetValueOrDefault(centre.Id)?.Aconto ?? 0 : 0,
            citizens.Where(c => c.JobCentreId == centre.Id && participation.Earns(c.Id) == earning).Select(c => Citizen(c.Id, c.EnrolmentDate)).ToList())).ToList();

        return new Export(new Scenario(asOf, coverage, Centres(earning: true)), new Scenario(asOf, coverage, Centres(earning: false)), participation, beforeEnrolment, paid,
            centres.ToDictionary(c => c.MunicipalityNumber, c => c.Id));
    }

    /// <summary>The benefit and hours weeks of the completed imports from <paramref name="fromWeek"/> on, by citizen: one
    /// citizen's, or those read under <paramref name="weeksCentre"/> (every centre's when null).</summary>
    private async Task<(ILookup<Guid, (int Week, Rules.Model.BenefitCategory Category)> Benefits, ILookup<Guid, (int Week, decimal Hours)> Hours)> RegisterWeeksAsync(
        Guid? citizenId, Guid? weeksCentre, int fromWeek, CancellationToken ct)
    {
        var completed = db.ImportRuns.Where(r => r.Status == Money.Registers.ImportStatus.Completed);
        var benefits = (await (from w in db.BenefitWeeks.Nationally()
                               join r in completed on w.ImportRunId equals r.Id
                               where (citizenId == null || w.CitizenId == citizenId) && (weeksCentre == null || w.JobCentreId == weeksCentre) && w.Week >= fromWeek
                               select new { w.CitizenId, w.Week, w.Category }).ToListAsync(ct)).ToLookup(w => w.CitizenId, w => (w.Week, w.Category));
        var hours = (await (from w in db.HoursWeeks.Nationally()
                            join r in completed on w.ImportRunId equals r.Id
                            where (citizenId == null || w.CitizenId == citizenId) && (weeksCentre == null || w.JobCentreId == weeksCentre) && w.Week >= fromWeek
                            select new { w.CitizenId, w.Week, w.Hours }).ToListAsync(ct)).ToLookup(w => w.CitizenId, w => (w.Week, w.Hours));
        return (benefits, hours);
    }

    /// <summary>The weeks the registers cover for a statement as of <paramref name="asOf"/>: the last week of the completed
    /// benefit imports that begin by the as-of week, but no later than that week (the <c>settle</c> contract's default);
    /// before any import, the week before the project's start.</summary>
    public static async Task<IsoWeek> CoverageAsync(Vc2Db db, Rules.Engine.GrantEngine engine, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(engine);
        // Only imports that had begun by the as-of week count, and each only up to it: a later file of later weeks
        // (2015-W30 when the statement is as of 2015-06-15) changes nothing in an earlier statement.
        var asOfWeek = IsoWeek.Of(asOf).Ordinal;
        var runs = await db.ImportRuns.Where(r => r.Status == Money.Registers.ImportStatus.Completed && r.Kind == Money.Registers.ImportKind.Benefits && r.FirstWeek <= asOfWeek)
            .Select(r => r.LastWeek).ToListAsync(ct);
        return runs.Count == 0
            ? IsoWeek.Of(engine.Ruleset.ProjectStart.At(asOf).AddDays(-1))
            : IsoWeek.FromOrdinal(runs.Max(last => Math.Min(last, asOfWeek)));
    }

    /// <summary>One row per week that has a benefit or hours, from the enrolment week up to the coverage: the category from the benefit register
    /// (none when there is none), the hours summed from the pay-period pieces and rounded to two decimals.</summary>
    private static List<RegisterWeek> RegisterWeeks(IEnumerable<(int Week, Rules.Model.BenefitCategory Category)> benefits,
        IEnumerable<(int Week, decimal Hours)> hours, int fromWeek, IsoWeek coverage)
    {
        var limit = coverage.Ordinal;
        benefits = benefits.Where(b => b.Week >= fromWeek);
        hours = hours.Where(h => h.Week >= fromWeek);
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
