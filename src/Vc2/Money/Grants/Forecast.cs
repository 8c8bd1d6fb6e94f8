using Vc2.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Money.Grants;

/// <summary>
/// What the job centres can expect: the statement as of the project's last day if every open placement runs to its
/// planned end, the result grants still possible (windows pending in the register), the headroom under the frame, and
/// the citizens whose course or outcome is at risk — with the date by which something must happen.
/// </summary>
public sealed class Forecast(Vc2Db db, ExportScenario export, GrantEngine engine, TimeProvider clock)
{

    public sealed record CentreForecast(string Id, string Name, decimal ActivityNow, decimal ResultNow, decimal ActivityProjected,
        decimal ResultProjected, int PendingResults, decimal Frame, decimal Headroom);

    public sealed record Risk(Guid CitizenId, string Name, string JobCentre, string What, DateOnly By);

    public sealed record Output(DateOnly Today, DateOnly ProjectEnd, IReadOnlyList<CentreForecast> Centres, IReadOnlyList<Risk> Risks);

    public async Task<Output> RunAsync(CancellationToken ct = default)
    {
        var today = Today.In(clock);
        var projectEnd = engine.Ruleset.ProjectEnd.At(today);
        var now = (await export.RunAsync(today, ct: ct)).Scenario; // participants only (R0)
        var planned = await db.Placements.Nationally().Where(p => p.ActualEnd == null)
            .Select(p => new OpenPlacement(p.CitizenId, p.Start, p.PlannedEnd)).ToListAsync(ct);
        var plannedEnds = planned.ToLookup(p => p.CitizenId.ToString());

        var horizon = projectEnd > today ? projectEnd : today;
        var projected = Projected(now, plannedEnds, horizon);
        var statementNow = engine.Settle(now, ct);
        var statementProjected = engine.Settle(projected, ct);
        var resultGrant = engine.Ruleset.ResultGrant.At(today);
        var outcomeWeeks = engine.Ruleset.OutcomeWeeks.At(today);
        var centres = CentreForecasts(statementNow, statementProjected, resultGrant);

        var own = db.CurrentUser.CitizenJobCentreIds;
        var citizens = await db.Citizens.Where(c => own.Contains(c.JobCentreId)).Select(c => new { c.Id, c.FirstName, c.LastName, c.JobCentreId })
            .ToDictionaryAsync(c => c.Id.ToString(), ct);
        var names = citizens.ToDictionary(c => c.Key, c => $"{c.Value.FirstName} {c.Value.LastName}");
        var risks = Risks(statementNow, now, names, plannedEnds, outcomeWeeks);

        // The risk list names citizens: each named one has the read in their access log.
        AuditLog.AddForEach(db, clock, AuditAction.Read, risks.Select(r => (r.CitizenId, citizens[r.CitizenId.ToString()].JobCentreId)), "Prognose: liste over tilskud i fare");
        await db.SaveChangesAsync(ct);
        return new Output(today, projectEnd, centres, risks.OrderBy(r => r.By).ToList());
    }

    private sealed record OpenPlacement(Guid CitizenId, DateOnly Start, DateOnly? PlannedEnd);

    /// <summary>The scenario with every open placement run to its planned end (or, without one, to the horizon); the
    /// register stays as it is.</summary>
    private static Scenario Projected(Scenario now, ILookup<string, OpenPlacement> plannedEnds, DateOnly horizon) =>
        now with
        {
            AsOf = horizon,
            JobCentres = now.JobCentres.Select(c => c with
            {
                Citizens = c.Citizens.Select(x => x with
                {
                    Placements = x.Placements.Select(p => p.End is null
                        ? p with { End = plannedEnds[x.Id].FirstOrDefault(o => o.Start == p.Start)?.PlannedEnd ?? horizon }
                        : p).ToList(),
                }).ToList(),
            }).ToList(),
        };

    private static List<CentreForecast> CentreForecasts(Statement statementNow, Statement statementProjected, decimal resultGrant) =>
        statementNow.JobCentres.Zip(statementProjected.JobCentres, (n, p) =>
        {
            var pending = n.Citizens.Count(c => c.Result.Status == ResultStatus.Pending);
            var resultProjected = n.ResultGrant + (pending * resultGrant);
            return new CentreForecast(n.Id, n.Name ?? n.Id, n.ActivityGrant, n.ResultGrant, p.ActivityGrant, resultProjected, pending, n.Frame,
                n.Frame - Math.Min(n.Frame, p.ActivityGrant + resultProjected));
        }).ToList();

    /// <summary>The named citizens whose course or possible result is at risk, with the date by which something must happen.</summary>
    private static List<Risk> Risks(Statement statementNow, Scenario now, Dictionary<string, string> names, ILookup<string, OpenPlacement> plannedEnds, int outcomeWeeks)
    {
        var risks = new List<Risk>();
        foreach (var centre in statementNow.JobCentres)
        {
            foreach (var citizen in centre.Citizens.Where(c => names.ContainsKey(c.Id)))
            {
                var input = now.JobCentres.Single(j => j.Id == centre.Id).Citizens.Single(c => c.Id == citizen.Id);
                var open = input.Placements.Any(p => p.End is null);
                foreach (var course in citizen.Courses.Where(k => k.Status == CourseStatus.Pending))
                {
                    if (!open && course.ResumeBy is { } resumeBy)
                    {
                        risks.Add(new Risk(Guid.Parse(citizen.Id), names[citizen.Id], centre.Name ?? centre.Id,
                            "Afbrudt forløb: genoptag for at bevare aktivitetstilskuddet", resumeBy));
                    }
                    else if (plannedEnds[citizen.Id].FirstOrDefault()?.PlannedEnd is { } end && end < course.ReachesThreeMonthsOn)
                    {
                        risks.Add(new Risk(Guid.Parse(citizen.Id), names[citizen.Id], centre.Name ?? centre.Id,
                            $"Planlagt slut før tre måneder (nås {DanishDates.Text(course.ReachesThreeMonthsOn)}): forlæng forløbet", end));
                    }
                }

                if (citizen.Result.Status == ResultStatus.Pending && citizen.Result.FirstWeek is { } w1)
                {
                    risks.Add(new Risk(Guid.Parse(citizen.Id), names[citizen.Id], centre.Name ?? centre.Id,
                        $"Muligt resultat i gang: hold fast i job eller uddannelse i {outcomeWeeks} uger", w1.AddWeeks(outcomeWeeks - 1).Sunday));
                }
            }
        }

        return risks;
    }
}
