using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;
using Vc2.CaseWork.Outcomes;
using Vc2.Rules;
using Vc2.Platform.Security;

namespace Vc2.Demo;

/// <summary>
/// Register files for the demo citizens, written as the real formats so that the demo loads them through the real
/// imports: a DREAM-style benefit extract (weeks 2014-W01 to the demo date) and an income-register hours file. Before and
/// during the course a citizen has the benefit of their target group; after a registered outcome the register shows
/// the job (no benefit, hours), the flexjob (code 160, hours) or the education (SU).
/// </summary>
public static class DemoRegisters
{
    private const string Kontanthjaelp = "130";
    private const string Ressourceforloeb = "140";
    private const string Fleksjob = "160";
    private const string Su = "210";

    public static async Task WriteAsync(Vc2Db db, CprProtector protector, DateOnly today, TextWriter benefits, TextWriter hours, int seed = 2015, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(benefits);
        ArgumentNullException.ThrowIfNull(hours);
        var random = new Random(seed);
        // From two years before the programme: the target-group check reads the 104 weeks before each enrolment.
        var first = new IsoWeek(2012, 1);
        var programmeStart = new IsoWeek(2014, 1);
        var last = IsoWeek.Of(today).AddWeeks(-1); // the register runs a week behind
        var weeks = WeeksFrom(first, last);

        await benefits.WriteLineAsync("PNR;" + string.Join(';', weeks.Select(w => $"y_{w.Year % 100:D2}{w.Week:D2}")));
        await hours.WriteLineAsync("CPR;periodStart;periodEnd;hours");
        // In the order of the CPR numbers' keyed hashes, not of the ids (partly random): the same seed gives the same registers.
        var citizens = await db.Citizens.OrderBy(c => c.CprHash).ToListAsync(ct);
        var outcomes = (await db.Outcomes.ToListAsync(ct)).ToLookup(o => o.CitizenId);
        var line = new StringBuilder();
        var index = 0;
        foreach (var citizen in citizens)
        {
            // About one citizen on kontanthjælp in 40 had a job for two months in 2013: not two years in a row on
            // kontanthjælp, so outside the target group — the statement lists them apart (R0).
            var outsider = citizen.TargetGroup == TargetGroup.KontanthjaelpTwoYears && index++ % 40 == 17;
            var cpr = protector.Decrypt(citizen.CprCipher).Digits;
            var baseline = citizen.TargetGroup == TargetGroup.Ressourceforloeb ? Ressourceforloeb : Kontanthjaelp;
            var outcome = outcomes[citizen.Id].OrderBy(o => o.Start).FirstOrDefault();
            var outcomeWeek = outcome is null ? int.MaxValue : IsoWeek.Of(outcome.Start).Ordinal;
            var weeklyHours = outcome?.WeeklyHours ?? 0;
            line.Clear().Append(cpr);
            AppendBenefitWeeks(line, weeks, programmeStart, outsider, baseline, outcome, outcomeWeek, random);
            await benefits.WriteLineAsync(line.ToString());

            if (outcome is { Kind: OutcomeKind.OrdinaryJob or OutcomeKind.Flexjob })
            {
                await WriteHoursAsync(hours, cpr, outcome, weeklyHours, today, random);
            }
        }
    }

    private static List<IsoWeek> WeeksFrom(IsoWeek first, IsoWeek last)
    {
        var weeks = new List<IsoWeek>();
        for (var w = first; w <= last; w = w.Next())
        {
            weeks.Add(w);
        }

        return weeks;
    }

    /// <summary>The citizen's benefit code week by week: the target group's before and during the course, then the
    /// outcome's.</summary>
    private static void AppendBenefitWeeks(StringBuilder line, List<IsoWeek> weeks, IsoWeek programmeStart, bool outsider, string baseline, Outcome? outcome,
        int outcomeWeek, Random random)
    {
        foreach (var week in weeks)
        {
            line.Append(';');
            if (week < programmeStart)
            {
                // Before the programme, without a draw, so the demo's figures from 2014 on stay as they were.
                line.Append(outsider && week.Year == 2013 && week.Week is >= 10 and < 19 ? string.Empty : baseline);
                continue;
            }

            if (week.Ordinal < outcomeWeek || random.NextDouble() < 0.02)
            {
                line.Append(baseline); // the benefit of the target group; now and then a relapse after an outcome
                continue;
            }

            line.Append(outcome!.Kind switch
            {
                OutcomeKind.Flexjob => Fleksjob,
                OutcomeKind.Education => Su,
                _ => string.Empty,
            });
        }
    }

    /// <summary>Monthly pay periods from the start of the job, hours around the agreed weekly hours.</summary>
    private static async Task WriteHoursAsync(TextWriter hours, string cpr, Outcome outcome, decimal weeklyHours, DateOnly today, Random random)
    {
        for (var month = new DateOnly(outcome.Start.Year, outcome.Start.Month, 1); month <= today; month = month.AddMonths(1))
        {
            var start = month < outcome.Start ? outcome.Start : month;
            var end = month.AddMonths(1).AddDays(-1);
            if (end > today)
            {
                end = today;
            }

            var paid = Math.Round(weeklyHours * (end.DayNumber - start.DayNumber + 1) / 7m * (decimal)(0.9 + random.NextDouble() * 0.2), 2);
            await hours.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{cpr};{start:yyyy-MM-dd};{end:yyyy-MM-dd};{paid}"));
        }
    }
}
