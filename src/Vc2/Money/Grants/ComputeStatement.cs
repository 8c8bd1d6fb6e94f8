using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Money.Grants;

/// <summary>
/// The grant statement of the user's job centres (the agency: all), computed by the rules engine from the database as of
/// a date: the same engine and the same input as <c>vc2 settle</c> on the exported scenario. Citizen names are added for
/// the job centre's own staff only; the agency sees record ids.
/// </summary>
public sealed class ComputeStatement(Vc2Db db, ExportScenario export, GrantEngine engine, IPaymentRecords payments, TimeProvider clock)
{

    /// <param name="Commitments">Per job centre (municipality number) every version of its commitment, newest first: the
    /// frame is the newest one's (R11), and the history shows what it was before.</param>
    /// <param name="Excluded">Citizens outside the target group (R0): nothing earned, listed apart with the reason and
    /// what they would have earned.</param>
    /// <param name="Finality">Per job centre, whether the statement can be final (the final payment needs it).</param>
    /// <param name="Paid">Per job centre, every payment paid so far (fixed grant, a conto, final).</param>
    /// <param name="Unchecked">Citizens (record ids) who earn provisionally: not yet checked against the target group.</param>
    public sealed record Output(Statement Statement, Scenario Scenario, IReadOnlyDictionary<string, string> CitizenNames,
        IReadOnlyList<ExcludedCitizen> Excluded, IReadOnlySet<string> Unchecked, IReadOnlyDictionary<string, Finality> Finality,
        IReadOnlyDictionary<string, DateOnly> BeforeEnrolment, IReadOnlyDictionary<string, decimal> Paid, IReadOnlyDictionary<string, Guid> JobCentreIds,
        IReadOnlyDictionary<string, IReadOnlyList<Platform.JobCentres.JobCentreCommitment>> Commitments);

    /// <param name="JobCentre">The municipality number.</param>
    public sealed record ExcludedCitizen(string JobCentre, CitizenStatement Statement, string Reason);

    /// <param name="exportFormat">The file the statement is read for ("CSV", "regneark"), or null for a page: an export writes one
    /// event per citizen in it, so that it shows in each citizen's access log; a page one list event per job centre.</param>
    public async Task<Output> RunAsync(DateOnly? asOf = null, Guid? jobCentreId = null, string? exportFormat = null, CancellationToken ct = default)
    {
        var date = asOf ?? Today.In(clock);
        var data = await export.RunAsync(date, jobCentreId: jobCentreId, ct: ct);
        var statement = engine.Settle(data.Scenario, ct);
        var wouldHave = engine.Settle(data.Excluded, ct);
        var reasons = data.Participation.Excluded.ToDictionary(e => e.Key.ToString(), e => e.Value);
        var excluded = wouldHave.JobCentres.SelectMany(j => j.Citizens.Select(c => new ExcludedCitizen(j.Id, c, reasons[c.Id]))).ToList();
        var own = db.CurrentUser.CitizenJobCentreIds;
        var names = await db.Citizens.Where(c => own.Contains(c.JobCentreId) && (jobCentreId == null || c.JobCentreId == jobCentreId))
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id.ToString(), c => $"{c.FirstName} {c.LastName}", ct);
        var numbers = statement.JobCentres.Select(c => c.Id).ToList();
        var commitments = (await (from c in db.Commitments.AsNoTracking()
                                  join j in db.JobCentres on c.JobCentreId equals j.Id
                                  where numbers.Contains(j.MunicipalityNumber)
                                  select new { j.MunicipalityNumber, Commitment = c }).ToListAsync(ct))
            .GroupBy(x => x.MunicipalityNumber)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Platform.JobCentres.JobCentreCommitment>)g.Select(x => x.Commitment).OrderByDescending(c => c.Number).ToList());
        var ids = data.JobCentreIds;
        var paid = ids.ToDictionary(i => i.Key, i => data.Paid.GetValueOrDefault(i.Value)?.All ?? 0);
        var approvedIds = await payments.AuditorApprovedAsync(ct);
        var approved = ids.Where(i => approvedIds.Contains(i.Value)).Select(i => i.Key).ToHashSet();
        var centreOf = data.Scenario.JobCentres.SelectMany(j => j.Citizens.Select(c => (c.Id, j.Id))).ToDictionary(x => x.Item1, x => x.Item2);
        var uncheckedByCentre = data.Participation.Unchecked.Select(id => centreOf.GetValueOrDefault(id.ToString())).Where(n => n is not null)
            .GroupBy(n => n!).ToDictionary(g => g.Key, g => g.Count());
        var projectEnd = engine.Ruleset.ProjectEnd.At(date);
        var lastWindowWeek = LastResultWeek(projectEnd, engine.Ruleset.OutcomeWeeks.At(date));
        var finality = numbers.ToDictionary(n => n, n => new Finality(date > projectEnd, statement.RegisterCoveredThrough.Ordinal >= lastWindowWeek.Ordinal,
            lastWindowWeek, uncheckedByCentre.GetValueOrDefault(n), approved.Contains(n)));
        if (exportFormat is not null)
        {
            // Every citizen in the file, named or not (the agency's file has ids and amounts only): one export event each.
            var inFile = statement.JobCentres.SelectMany(j => j.Citizens.Select(c => (Citizen: c.Id, Centre: j.Id)))
                .Concat(excluded.Select(e => (Citizen: e.Statement.Id, Centre: e.JobCentre)));
            AuditLog.AddForEach(db, clock, AuditAction.Export,
                inFile.Where(x => ids.ContainsKey(x.Centre) && Guid.TryParse(x.Citizen, out _)).Select(x => (Guid.Parse(x.Citizen), ids[x.Centre])),
                $"Eksport af tilskudsopgørelse pr. {DanishDates.Text(date)} ({exportFormat})");
        }
        else
        {
            foreach (var id in own.Where(id => jobCentreId == null || id == jobCentreId))
            {
                AuditLog.Add(db, clock, AuditAction.List, id, null, $"Tilskudsopgørelse pr. {DanishDates.Text(date)}");
            }
        }

        await db.SaveChangesAsync(ct);
        return new Output(statement, data.Scenario, names, excluded, data.Participation.Unchecked.Select(id => id.ToString()).ToHashSet(), finality,
            data.BeforeEnrolment, paid, ids, commitments);
    }

    /// <summary>The last week a result window can end in: its first week is the ISO week of the project's last day
    /// (R6: W1's Monday on or before that day), and it runs for the outcome's 13 weeks.</summary>
    public static Rules.IsoWeek LastResultWeek(DateOnly projectEnd, int outcomeWeeks) =>
        Rules.IsoWeek.FromOrdinal(Rules.IsoWeek.Of(projectEnd).Ordinal + outcomeWeeks - 1);
}

/// <summary>Whether a job centre's statement is final: the period has ended, the register covers the last result
/// window, every participant is checked against the target group, and the auditor's approval is recorded.</summary>
public sealed record Finality(bool PeriodEnded, bool RegisterComplete, Rules.IsoWeek LastResultWeek, int Unchecked, bool AuditorApproved)
{
    public bool IsFinal => PeriodEnded && RegisterComplete && Unchecked == 0 && AuditorApproved;

    /// <summary>What still keeps the statement from being final, in Danish.</summary>
    public IEnumerable<string> Missing()
    {
        if (!PeriodEnded)
        {
            yield return "projektperioden er ikke slut";
        }

        if (!RegisterComplete)
        {
            yield return $"registrene dækker ikke sidste resultatperiode (til og med {Vc2.Rules.Engine.Danish.Week(LastResultWeek)})";
        }

        if (Unchecked > 0)
        {
            yield return $"{Unchecked} {(Unchecked == 1 ? "borger er" : "borgere er")} ikke kontrolleret mod målgruppen";
        }

        if (!AuditorApproved)
        {
            yield return "revisors godkendelse er ikke registreret";
        }
    }
}
