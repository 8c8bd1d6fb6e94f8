using Vc2.Rules.Model;
using Vc2.Rules.Parameters;
using Vc2.Rules.Rules;

namespace Vc2.Rules.Engine;

/// <summary>
/// Settles the grants of one or more job centres (tilskud.md R1–R12). Pure: no clock, no database, no I/O; the as-of date
/// and the register's coverage are inputs. Every amount comes with explanation lines citing the rule ids.
/// </summary>
public sealed class GrantEngine(Ruleset ruleset)
{
    public GrantEngine()
        : this(RulesetLoader.Vc2_2014)
    {
    }

    public Ruleset Ruleset { get; } = ruleset;

    /// <param name="ct">The request that asked: a national settlement is seconds of CPU, and an abandoned request must
    /// not keep burning it (GrantCaseTests). Observed per citizen.</param>
    public Statement Settle(Scenario scenario, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = ScenarioValidator.Validate(scenario);
        if (problems.Count > 0)
        {
            throw new InvalidScenarioException(problems);
        }

        // Job centres are independent; on a national scenario both cores help.
        var centres = new JobCentreStatement[scenario.JobCentres.Count];
        Parallel.For(0, centres.Length, new ParallelOptions { CancellationToken = ct },
            i => centres[i] = SettleJobCentre(scenario.JobCentres[i], scenario.AsOf, scenario.Coverage, ct));
        return new Statement(Ruleset.Id, scenario.AsOf, scenario.Coverage, centres);
    }

    public JobCentreStatement SettleJobCentre(JobCentreInput centre, DateOnly asOf, IsoWeek coverage, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(centre);
        var citizens = new CitizenStatement[centre.Citizens.Count];
        for (var i = 0; i < citizens.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            citizens[i] = SettleCitizen(centre.Citizens[i], asOf, coverage);
        }

        var activity = citizens.Sum(c => c.ActivityGrant);
        var result = citizens.Sum(c => c.ResultGrant);
        var trace = new List<TraceLine>();
        var (frame, payable, reduction) = R11_Frame.Evaluate(centre.ExpectedParticipants, Ruleset.FramePerParticipant.At(asOf), activity, result, trace);
        var fixedGrant = Ruleset.FixedGrant.At(asOf);
        var (total, balance) = R12_TotalAndBalance.Evaluate(fixedGrant, payable, centre.AcontoPaid, trace);
        return new JobCentreStatement(centre.Id, centre.Name, fixedGrant, activity, result, frame, payable, reduction, total,
            centre.AcontoPaid, balance, citizens, trace);
    }

    public CitizenStatement SettleCitizen(CitizenInput citizen, DateOnly asOf, IsoWeek coverage)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        var trace = new List<TraceLine>();
        var spans = R1_PlacementDays.Evaluate(citizen.Placements, asOf, trace);
        var maxGap = Ruleset.MaximumInterruptionDays.At(asOf);
        var chains = R2_CourseChain.Evaluate(spans, maxGap, trace);

        var courses = new List<Course>(chains.Count);
        var qualifyingDays = new List<DaySpan>();
        foreach (var chain in chains)
        {
            var first = chain[0].First;
            var last = chain[^1].Last;
            var days = chain.Sum(s => s.Days);
            var months = Ruleset.MinimumCourseMonths.At(first);
            var required = R3_ThreeMonths.RequiredDays(first, months);
            var qualifies = R3_ThreeMonths.Evaluate(first, last, days, required, months, trace);
            var (status, resumeBy) = R5_CourseStatus.Evaluate(qualifies, last, asOf, maxGap, trace);
            courses.Add(new Course(first, last, days, required, status) { ResumeBy = resumeBy });
            if (qualifies)
            {
                qualifyingDays.AddRange(chain);
            }
        }

        var projectStart = Ruleset.ProjectStart.At(asOf);
        var projectEnd = Ruleset.ProjectEnd.At(asOf);
        var monthAmounts = R4_ActivityGrant.Evaluate(qualifyingDays, projectStart, projectEnd, Ruleset.ActivityGrantPerMonth.At, trace);
        var activity = monthAmounts.Sum(m => m.Amount);

        ResultOutcome outcome;
        if (spans.Count == 0)
        {
            trace.Add(new("R6", "Borgeren har ingen forløbsdage: et resultat forudsætter et aktivt forløb på en virksomhed."));
            outcome = new ResultOutcome(ResultStatus.None);
        }
        else
        {
            var (earliest, latest) = R6_ResultWindow.Evaluate(spans[0].First, projectEnd, trace);
            outcome = R9_ResultGrant.Evaluate(citizen.RegisterWeeks, citizen.EducationStarts, earliest, latest, coverage,
                Ruleset.OutcomeWeeks.At(asOf), Ruleset.MinimumAverageWeeklyHours.At(asOf), trace);
        }

        var resultGrant = 0m;
        if (outcome.Status == ResultStatus.Verified)
        {
            resultGrant = Ruleset.ResultGrant.At(outcome.FirstWeek!.Value.Monday);
            trace.Add(new("R9", $"Resultattilskud {Danish.Kroner(resultGrant)} (højst ét pr. borger) for vinduet fra {Danish.Week(outcome.FirstWeek)}",
                [TraceInput.Of("resultGrant", resultGrant), TraceInput.Of("firstWeek", outcome.FirstWeek!.Value)]));
            outcome = R10_FlexjobBonus.Evaluate(outcome, trace);
        }

        return new CitizenStatement(citizen.Id, activity, resultGrant, monthAmounts, courses, outcome, trace);
    }
}
