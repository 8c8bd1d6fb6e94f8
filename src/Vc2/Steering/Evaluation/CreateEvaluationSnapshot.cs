using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.Steering.Holdepunkter;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Users;

namespace Vc2.Steering.Evaluation;

/// <summary>
/// Computes the figures of a midway or final evaluation for every job centre as of today and freezes them (ADR 0013).
/// The agency makes snapshots; the figures come from the same use cases the job centres and the agency see, as the
/// agency sees them (aggregates, no names).
/// </summary>
public sealed class CreateEvaluationSnapshot(Vc2Db db, ComputeStatement statement, GetHoldepunkter holdepunkter, GetJobCentreProgress progress,
    Instruments instruments, Platform.Security.CprProtector cpr, TimeProvider clock)
{
    // An estimate without matches has no means (NaN): written as such, not refused.
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public async Task<Result<Guid>> RunAsync(EvaluationKind kind, CancellationToken ct = default)
    {
        if (!db.CurrentUser.HasRole(Role.Agency) && !db.CurrentUser.IsSystem)
        {
            return Result<Guid>.Missing();
        }

        if (!Enum.IsDefined(kind))
        {
            return Result<Guid>.Error("Kind", "Vælg midtvejs- eller slutevaluering.");
        }

        var data = await ComputeAsync(kind, ct);
        var json = JsonSerializer.Serialize(data, Json);
        var snapshot = new EvaluationSnapshot
        {
            Kind = kind, AsOf = data.AsOf, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = db.CurrentUser.DisplayName,
            DataJson = json, DataHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
        };
        db.EvaluationSnapshots.Add(snapshot);
        await db.SaveChangesAsync(ct);
        return snapshot.Id;
    }

    private async Task<EvaluationData> ComputeAsync(EvaluationKind kind, CancellationToken ct)
    {
        var today = Today.In(clock);
        var instrument = await instruments.CurrentAsync(ct);
        var settled = (await statement.RunAsync(ct: ct)).Statement.JobCentres.ToDictionary(j => j.Id);
        var centres = await db.JobCentres.OrderBy(j => j.Name).ToListAsync(ct);

        // Only ids, groups, dates, scores and the sex read from the CPR number leave these queries: aggregates for the
        // agency, past the tenancy filter.
        var citizens = await PeopleAsync(centres, ct);
        var national = new NationalRows(citizens,
            await (from p in db.Placements.Nationally()
                   join c in db.Companies.Nationally() on p.CompanyId equals c.Id
                   where p.Start <= today
                   select new PlacementRow(p.CitizenId, p.JobCentreId, c.Name)).ToListAsync(ct),
            await db.Outcomes.Nationally().Where(o => o.Start <= today).Select(o => new OutcomeRow(o.CitizenId, o.JobCentreId, o.Kind)).ToListAsync(ct),
            await CitizenChangeAsync(ct));

        var result = new List<CentreData>();
        foreach (var centre in centres)
        {
            result.Add(await CentreAsync(centre, settled.GetValueOrDefault(centre.MunicipalityNumber), national, ct));
        }

        var facts = await FactsAsync(settled, citizens, centres.ToDictionary(c => c.Id, c => c.Name), today, ct);
        var byCentre = centres.Select(c => new CentreProgression(c.MunicipalityNumber, Analysis.ProgressionAndOutcomes.Analyse(facts.Where(f => f.JobCentre == c.Name).ToList())))
            .ToList();
        var analysis = new EvaluationAnalysis(Analysis.ProgressionAndOutcomes.Analyse(facts), Analysis.FairComparison.Compare(facts),
            await EffectInputs.EstimateAsync(db, citizens, today, ct), byCentre);
        return new EvaluationData(kind, today, instrument.Name, instrument.Version, instrument.Dimensions.Select(d => new DimensionLabel(d.Key, d.Name)).ToList(), result,
            analysis);
    }

    private sealed record PlacementRow(Guid CitizenId, Guid JobCentreId, string Company);

    private sealed record OutcomeRow(Guid CitizenId, Guid JobCentreId, CaseWork.Outcomes.OutcomeKind Kind);

    /// <summary>What every centre's figures are read from: the participants, placements and outcomes so far, and each
    /// citizen's mean change.</summary>
    private sealed record NationalRows(List<EffectInputs.Person> Citizens, List<PlacementRow> Placements, List<OutcomeRow> Outcomes, Dictionary<Guid, decimal?> Change);

    /// <summary>Each citizen's mean change over the dimensions from the first to the last of their own answers (null when
    /// the two share no dimension), for citizens who answered at least twice.</summary>
    private async Task<Dictionary<Guid, decimal?>> CitizenChangeAsync(CancellationToken ct)
    {
        var measured = await db.Measurements.Nationally().Include(m => m.Scores).Where(m => m.Respondent == Respondent.Citizen).AsNoTracking().ToListAsync(ct);
        return measured.GroupBy(m => m.CitizenId).Where(g => g.Count() >= 2).ToDictionary(g => g.Key, g =>
        {
            var ordered = g.OrderBy(m => m.AnsweredOn).ToList();
            var first = ordered[0].Scores.ToDictionary(s => s.DimensionKey, s => s.Score);
            var diffs = ordered[^1].Scores.Where(s => first.ContainsKey(s.DimensionKey)).Select(s => (decimal)(s.Score - first[s.DimensionKey])).ToList();
            return diffs.Count == 0 ? (decimal?)null : diffs.Average();
        });
    }

    /// <summary>One job centre's figures: its target groups, the dashboard, progress, outcomes, results, progression and companies.</summary>
    private async Task<CentreData> CentreAsync(Platform.JobCentres.JobCentre centre, Rules.Model.JobCentreStatement? s, NationalRows national, CancellationToken ct)
    {
        var byCitizen = s?.Citizens.ToDictionary(c => Guid.Parse(c.Id)) ?? [];
        bool Reached(Guid id) => byCitizen.TryGetValue(id, out var c) && c.Courses.Any(k => k.Status == Rules.Model.CourseStatus.Qualified);
        bool HadCourse(Guid id) => byCitizen.TryGetValue(id, out var c) && c.Courses.Count > 0;
        Rules.Model.OutcomeType? Result(Guid id) =>
            byCitizen.TryGetValue(id, out var c) && c.Result.Status == Rules.Model.ResultStatus.Verified ? c.Result.Type : null;

        var change = national.Change;
        var own = national.Citizens.Where(c => c.JobCentreId == centre.Id).ToList();
        var groups = Enum.GetValues<TargetGroup>().Select(g =>
        {
            var members = own.Where(c => c.TargetGroup == g).Select(c => c.Id).ToList();
            return new GroupRow(TargetGroupNames.Danish(g), members.Count, members.Count(HadCourse), members.Count(Reached), members.Count(id => Result(id) is not null));
        }).ToList();

        var dashboard = await holdepunkter.RunAsync(centre.Id, ct) is Result<GetHoldepunkter.Output>.Ok h ? h.Value.Rows : [];
        var figures = await progress.RunAsync(centre.Id, ct) is Result<GetJobCentreProgress.Output>.Ok p
            ? p.Value.Figures
            : new ProgressFigures.Figures(0, [], [], []);

        var withResult = own.Where(c => Result(c.Id) is not null && change.GetValueOrDefault(c.Id) is not null).Select(c => change[c.Id]!.Value).ToList();
        var without = own.Where(c => Result(c.Id) is null && change.GetValueOrDefault(c.Id) is not null).Select(c => change[c.Id]!.Value).ToList();

        return new CentreData(
            centre.Name, centre.MunicipalityNumber, own.Count, groups,
            dashboard.Select(r => new HoldepunktSummary(r.Number, r.Title, IndicatorNames.Danish(r.Status),
                r.Indicators.Select(i => new IndicatorSummary(i.Text, i.Value, IndicatorNames.Danish(i.Status))).ToList())).ToList(),
            figures,
            Enum.GetValues<CaseWork.Outcomes.OutcomeKind>().ToDictionary(k => CaseWork.Outcomes.OutcomeKindNames.Danish(k),
                k => national.Outcomes.Where(o => o.JobCentreId == centre.Id && o.Kind == k).Select(o => o.CitizenId).Distinct().Count()),
            Enum.GetValues<Rules.Model.OutcomeType>().ToDictionary(t => ResultName(t), t => own.Count(c => Result(c.Id) == t)),
            s?.Citizens.Count(c => c.Result.Status == Rules.Model.ResultStatus.Pending) ?? 0,
            new ProgressionByOutcome(withResult.Count, Mean(withResult), without.Count, Mean(without)),
            national.Placements.Where(x => x.JobCentreId == centre.Id).GroupBy(x => x.Company).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var ids = g.Select(x => x.CitizenId).Distinct().ToList();
                return new CompanyRow(g.Key, g.Count(), ids.Count, ids.Count(Reached), ids.Count(id => Result(id) is not null));
            }).ToList());
    }

    /// <summary>Every participant as the analyses see them (ADR 0026): an index for a pseudonym (nothing that names the
    /// citizen leaves this method), the verified result, each respondent's mean baseline and mean change over the
    /// dimensions, and the characteristics the fair comparison adjusts for — the target group, the age band and the sex
    /// from the CPR number, and the weeks on benefit before enrolment from the target-group check.</summary>
    private async Task<List<Analysis.ParticipantFacts>> FactsAsync(Dictionary<string, Rules.Model.JobCentreStatement> settled, IReadOnlyList<EffectInputs.Person> people,
        Dictionary<Guid, string> centreNames, DateOnly today, CancellationToken ct)
    {
        var weeks = (await db.TargetGroupChecks.Nationally().Select(t => new { t.CitizenId, t.CheckedAtUtc, t.QualifyingWeeks }).ToListAsync(ct))
            .GroupBy(t => t.CitizenId).ToDictionary(g => g.Key, g => g.MaxBy(t => t.CheckedAtUtc)!.QualifyingWeeks);
        var scores = (await db.Measurements.Nationally().AsNoTracking()
                .Select(m => new { m.CitizenId, m.Respondent, m.AnsweredOn, Mean = m.Scores.Average(s => (double?)s.Score) }).ToListAsync(ct))
            .Where(m => m.Mean is not null).GroupBy(m => (m.CitizenId, m.Respondent)).ToDictionary(g => g.Key, g => g.OrderBy(m => m.AnsweredOn).Select(m => m.Mean!.Value).ToList());
        var verified = settled.Values.SelectMany(j => j.Citizens).Where(c => c.Result.Status == Rules.Model.ResultStatus.Verified).Select(c => Guid.Parse(c.Id)).ToHashSet();
        var dimensions = await DimensionScoresAsync(ct);
        return people.Select(c =>
        {
            var baseline = new Dictionary<Respondent, double>();
            var change = new Dictionary<Respondent, double>();
            foreach (var respondent in Enum.GetValues<Respondent>())
            {
                if (scores.TryGetValue((c.Id, respondent), out var means) && means.Count > 0)
                {
                    baseline[respondent] = means[0];
                    if (means.Count > 1)
                    {
                        change[respondent] = means[^1] - means[0];
                    }
                }
            }

            return new Analysis.ParticipantFacts(c.Pseudonym, centreNames.GetValueOrDefault(c.JobCentreId, "?"), verified.Contains(c.Id), baseline, change,
                c.TargetGroup == TargetGroup.Ressourceforloeb, EffectInputs.AgeBand(today.Year - c.BirthDate.Year), c.Female, weeks.GetValueOrDefault(c.Id, 104),
                dimensions[c.Id].ToList());
        }).ToList();
    }

    /// <summary>Each citizen's first score (nulpunkt) and change to the last, per respondent and dimension. The scores are
    /// read as a stream and only the first and last per citizen, respondent and dimension are kept.</summary>
    private async Task<ILookup<Guid, Analysis.DimensionScore>> DimensionScoresAsync(CancellationToken ct)
    {
        var kept = new Dictionary<(Guid Citizen, Respondent Respondent, string Dimension), (DateOnly FirstOn, Guid FirstId, int First, DateOnly LastOn, Guid LastId, int Last, int Count)>();
        var rows = from m in db.Measurements.Nationally()
                   from s in m.Scores
                   select new { m.Id, m.CitizenId, m.Respondent, m.AnsweredOn, s.DimensionKey, s.Score };
        await foreach (var r in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (r.CitizenId, r.Respondent, r.DimensionKey);
            if (!kept.TryGetValue(key, out var k))
            {
                kept[key] = (r.AnsweredOn, r.Id, r.Score, r.AnsweredOn, r.Id, r.Score, 1);
                continue;
            }

            // Earliest and latest by answer date, then by id: the same answers always give the same pair.
            if ((r.AnsweredOn, r.Id).CompareTo((k.FirstOn, k.FirstId)) < 0)
            {
                (k.FirstOn, k.FirstId, k.First) = (r.AnsweredOn, r.Id, r.Score);
            }

            if ((r.AnsweredOn, r.Id).CompareTo((k.LastOn, k.LastId)) > 0)
            {
                (k.LastOn, k.LastId, k.Last) = (r.AnsweredOn, r.Id, r.Score);
            }

            k.Count++;
            kept[key] = k;
        }

        return kept.OrderBy(e => e.Key.Dimension, StringComparer.Ordinal).ToLookup(e => e.Key.Citizen,
            e => new Analysis.DimensionScore(e.Key.Respondent, e.Key.Dimension, e.Value.First, e.Value.Count > 1 ? e.Value.Last - e.Value.First : null));
    }

    /// <summary>Every participant, for the report's tables and the analyses, in id order, with an index for a pseudonym. The CPR numbers are
    /// decrypted in memory for the sex alone, and nothing of them is kept; each job centre's access log says it happened.</summary>
    private async Task<List<EffectInputs.Person>> PeopleAsync(List<Platform.JobCentres.JobCentre> centres, CancellationToken ct)
    {
        var municipality = centres.ToDictionary(c => c.Id, c => c.MunicipalityNumber);
        var rows = await db.Citizens.Nationally().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.JobCentreId, c.TargetGroup, c.BirthDate, c.EnrolmentDate, c.CprCipher }).ToListAsync(ct);
        Platform.Audit.AuditLog.AddPerJobCentre(db, clock, Platform.Audit.AuditAction.List, rows.Select(c => c.JobCentreId),
            n => $"Evaluering: {n} borgeres køn aflæst af CPR-nummeret til analyserne (intet CPR-nummer gemt)");

        // Saved before the numbers are decrypted, so the access log holds it even if the snapshot then fails.
        await db.SaveChangesAsync(CancellationToken.None);
        return [.. rows.Select((c, i) => new EffectInputs.Person(c.Id, $"D{i + 1:D5}", municipality.GetValueOrDefault(c.JobCentreId, "?"), c.BirthDate,
            !cpr.Decrypt(c.CprCipher).IsOddLastDigit, c.EnrolmentDate, c.JobCentreId, c.TargetGroup))];
    }

    internal static string ResultName(Rules.Model.OutcomeType type) => type switch
    {
        Rules.Model.OutcomeType.Job => "Ordinært job",
        Rules.Model.OutcomeType.Flexjob => "Fleksjob",
        _ => "Uddannelse",
    };

    private static decimal? Mean(List<decimal> values) => values.Count == 0 ? null : Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero);
}
