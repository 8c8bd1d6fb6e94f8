using System.Text.Json;
using Vc2.Rules;
using Vc2.Rules.Json;
using Vc2.Rules.Model;

namespace Vc2.Demo;

/// <summary>
/// Realistic random scenarios for tests and benchmarks: citizens enrolled over the project period, about three placements
/// each with short and long interruptions, some still open; weekly register rows over three years with the benefits a
/// target-group citizen moves through (kontanthjælp or ressourceforløb, then perhaps a job, flexjob, wage subsidy,
/// education on SU or sickness). The same seed gives the same scenario.
/// </summary>
public sealed class ScenarioGenerator(int seed)
{
    public static readonly DateOnly DefaultAsOf = new(2016, 12, 31);
    private static readonly IsoWeek FirstWeek = new(2014, 1);

    public Scenario Create(int centres, int citizensPerCentre, DateOnly? asOf = null)
    {
        var date = asOf ?? DefaultAsOf;
        var list = new List<JobCentreInput>(centres);
        for (var j = 0; j < centres; j++)
        {
            list.Add(Centre(j, citizensPerCentre, date));
        }

        return new Scenario(date, IsoWeek.Of(date), list);
    }

    /// <summary>Writes the scenario straight to a stream, one job centre at a time, so that a national scenario never
    /// has to be held in memory whole.</summary>
    public async Task WriteAsync(Stream output, int centres, int citizensPerCentre, DateOnly? asOf = null, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var date = asOf ?? DefaultAsOf;
        await using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("asOf", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("registerCoveredThrough", IsoWeek.Of(date).ToString());
        writer.WritePropertyName("jobCentres");
        writer.WriteStartArray();
        for (var j = 0; j < centres; j++)
        {
            JsonSerializer.Serialize(writer, Centre(j, citizensPerCentre, date), ScenarioJson.Options);
            await writer.FlushAsync(ct);
            progress?.Report(j + 1);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    private JobCentreInput Centre(int index, int citizens, DateOnly asOf)
    {
        // One Random per job centre, so that the streamed and the in-memory scenario are the same.
        var random = new Random(HashCode.Combine(seed, index));
        var list = new List<CitizenInput>(citizens);
        for (var i = 0; i < citizens; i++)
        {
            list.Add(Citizen(random, $"{index + 1:D3}-{i + 1:D4}", asOf));
        }

        var expected = Math.Max(1, (int)(citizens * (0.6 + random.NextDouble() * 0.6)));
        var aconto = Math.Round(825_000m + (expected * 10_800m * (decimal)random.NextDouble() * 0.3m), 2);
        return new JobCentreInput($"{101 + index}", $"Jobcenter {index + 1}", expected, aconto, list);
    }

    private static CitizenInput Citizen(Random random, string id, DateOnly asOf)
    {
        var enrolment = new DateOnly(2014, 1, 6).AddDays(random.Next(0, 640));
        var placements = DrawPlacements(random, enrolment, asOf);
        var educationStarts = new List<DateOnly>();
        var baseline = random.NextDouble() < 0.5 ? BenefitCategory.Kontanthjaelp : BenefitCategory.Ressourceforloeb;
        var lastPlacement = placements.Count > 0 ? (placements[^1].End ?? asOf) : enrolment;
        var outcomeWeek = IsoWeek.Of(lastPlacement).AddWeeks(random.Next(1, 20));
        var path = random.NextDouble();
        var outcome = path switch
        {
            < 0.18 => BenefitCategory.None,        // ordinary job
            < 0.26 => BenefitCategory.Fleksjob,
            < 0.33 => BenefitCategory.Su,          // education
            < 0.40 => BenefitCategory.Loentilskud,
            < 0.45 => BenefitCategory.Sygedagpenge,
            _ => baseline,
        };
        if (outcome == BenefitCategory.Su && random.NextDouble() < 0.5)
        {
            educationStarts.Add(outcomeWeek.Monday);
        }

        var weeklyHours = (decimal)Math.Round(random.Next(4, 38) + random.NextDouble(), 1);
        var weeks = DrawRegisterWeeks(random, asOf, baseline, outcomeWeek, outcome, weeklyHours);
        return new CitizenInput(id, placements, educationStarts, weeks);
    }

    /// <summary>One to four placements from shortly after the enrolment, with interruptions between them.</summary>
    private static List<Placement> DrawPlacements(Random random, DateOnly enrolment, DateOnly asOf)
    {
        var placements = new List<Placement>();
        var start = enrolment.AddDays(random.Next(0, 40));
        var count = random.Next(1, 6) switch { 1 => 1, 2 or 3 => 3, 4 => 2, _ => 4 };
        for (var p = 0; p < count && start <= asOf; p++)
        {
            var length = random.Next(14, 160);
            var end = start.AddDays(length);
            var open = p == count - 1 && random.NextDouble() < 0.15;
            placements.Add(new Placement(start, open || end > asOf ? null : end));
            // Most interruptions are short enough to keep the course (≤ 28 days); some are not.
            var gap = random.NextDouble() < 0.7 ? random.Next(1, 29) : random.Next(29, 120);
            start = end.AddDays(gap + 1);
        }

        return placements;
    }

    /// <summary>The register rows from 2014: the target group's benefit until the outcome week, then the outcome's.</summary>
    private static List<RegisterWeek> DrawRegisterWeeks(Random random, DateOnly asOf, BenefitCategory baseline, IsoWeek outcomeWeek, BenefitCategory outcome,
        decimal weeklyHours)
    {
        var weeks = new List<RegisterWeek>(160);
        var coverage = IsoWeek.Of(asOf);
        for (var week = FirstWeek; week <= coverage; week = week.Next())
        {
            if (week < outcomeWeek)
            {
                // Partial work now and then during the course, on top of the benefit.
                var hours = random.NextDouble() < 0.05 ? (decimal)random.Next(1, 10) : 0m;
                weeks.Add(new RegisterWeek(week, baseline, hours));
                continue;
            }

            // Outcomes sometimes break off for a week or end.
            var category = random.NextDouble() < 0.03 ? baseline : outcome;
            var worked = category is BenefitCategory.None or BenefitCategory.Fleksjob or BenefitCategory.Loentilskud
                ? Math.Max(0, weeklyHours + (decimal)random.Next(-3, 4))
                : 0m;
            if (category == BenefitCategory.None && worked == 0)
            {
                continue; // no row: counts as none with 0 hours
            }

            weeks.Add(new RegisterWeek(week, category, worked));
        }

        return weeks;
    }
}
