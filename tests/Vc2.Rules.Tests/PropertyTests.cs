using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vc2.Rules.Engine;
using Vc2.Rules.Json;
using Vc2.Rules.Model;
using Vc2.Demo;

namespace Vc2.Rules.Tests;

/// <summary>Invariants of the engine on random scenarios: realistic ones from the generator, and rough ones with
/// overlapping placements and register rows of any category near every boundary.</summary>
public sealed class PropertyTests
{
    private static readonly GrantEngine Engine = new();

    /// <summary>A seed and whether to use the realistic generator or the rough one.</summary>
    public static Arbitrary<Scenario> Scenarios() =>
        Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(true, false))
            .Select(x => x.Item2 ? new ScenarioGenerator(x.Item1).Create(2, 12) : Rough(x.Item1))
            .ToArbitrary();

    [Property(Arbitrary = [typeof(PropertyTests)], MaxTest = 60)]
    public bool The_order_of_placements_and_register_rows_never_changes_a_statement(Scenario scenario, int shuffleSeed)
    {
        var random = new Random(shuffleSeed);
        var shuffled = scenario with
        {
            JobCentres = scenario.JobCentres.Select(c => c with
            {
                Citizens = c.Citizens.Select(x => x with
                {
                    Placements = x.Placements.OrderBy(_ => random.Next()).ToList(),
                    RegisterWeeks = x.RegisterWeeks.OrderBy(_ => random.Next()).ToList(),
                    EducationStarts = x.EducationStarts.OrderBy(_ => random.Next()).ToList(),
                }).ToList(),
            }).ToList(),
        };
        return Json(Engine.Settle(scenario)) == Json(Engine.Settle(shuffled));
    }

    [Property(Arbitrary = [typeof(PropertyTests)], MaxTest = 60)]
    public bool The_payable_amount_never_exceeds_the_frame(Scenario scenario) =>
        Engine.Settle(scenario).JobCentres.All(c => c.ActivityAndResultPayable <= c.Frame
                                                    && c.ActivityAndResultPayable + c.FrameReduction == c.ActivityGrant + c.ResultGrant);

    [Property(Arbitrary = [typeof(PropertyTests)], MaxTest = 60)]
    public bool A_citizens_activity_grant_never_exceeds_1500_kr_a_month_of_the_project_period(Scenario scenario) =>
        Engine.Settle(scenario).JobCentres.SelectMany(c => c.Citizens)
            .All(c => c.ActivityGrant <= 1500m * 24 && c.Months.All(m => m.Amount <= 1500m && m.Days >= 1));

    [Property(Arbitrary = [typeof(PropertyTests)], MaxTest = 60)]
    public bool The_result_grant_is_0_or_12000_and_only_for_a_verified_window(Scenario scenario) =>
        Engine.Settle(scenario).JobCentres.SelectMany(c => c.Citizens)
            .All(c => (c.ResultGrant == 0m && c.Result.Status != ResultStatus.Verified)
                      || (c.ResultGrant == 12000m && c.Result.Status == ResultStatus.Verified));

    [Property(Arbitrary = [typeof(PropertyTests)], MaxTest = 40)]
    public bool A_statement_survives_being_written_and_read_as_a_scenario(Scenario scenario)
    {
        using var stream = new MemoryStream();
        ScenarioJson.WriteAsync(stream, scenario).GetAwaiter().GetResult();
        stream.Position = 0;
        var read = ScenarioJson.ReadAsync(stream).GetAwaiter().GetResult();
        return Json(Engine.Settle(scenario)) == Json(Engine.Settle(read));
    }

    private static string Json(Statement statement)
    {
        using var stream = new MemoryStream();
        ScenarioJson.WriteAsync(stream, statement).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Placements anywhere from late 2013 to 2016, overlapping or not, open or not; register rows of every
    /// category with 0–40 hours; as-of dates across the period.</summary>
    private static Scenario Rough(int seed)
    {
        var random = new Random(seed);
        var asOf = new DateOnly(2014, 3, 1).AddDays(random.Next(0, 1000));
        var citizens = new List<CitizenInput>();
        for (var i = 0; i < 10; i++)
        {
            var placements = new List<Placement>();
            for (var p = random.Next(0, 5); p > 0; p--)
            {
                var start = new DateOnly(2013, 11, 1).AddDays(random.Next(0, 900));
                placements.Add(new Placement(start, random.Next(6) == 0 ? null : start.AddDays(random.Next(0, 200))));
            }

            var weeks = new Dictionary<IsoWeek, RegisterWeek>();
            var first = new IsoWeek(2014, 1).AddWeeks(random.Next(0, 60));
            for (var w = random.Next(0, 80); w > 0; w--)
            {
                var week = first.AddWeeks(random.Next(0, 120));
                weeks[week] = new RegisterWeek(week, (BenefitCategory)random.Next(0, 13), random.Next(0, 3) == 0 ? 0 : random.Next(0, 41));
            }

            var education = random.Next(4) == 0 ? new List<DateOnly> { new DateOnly(2014, 1, 1).AddDays(random.Next(0, 800)) } : [];
            citizens.Add(new CitizenInput($"C{i}", placements, education, weeks.Values.ToList()));
        }

        return new Scenario(asOf, random.Next(3) == 0 ? IsoWeek.Of(asOf).AddWeeks(-random.Next(0, 20)) : null,
            [new JobCentreInput("1", null, random.Next(0, 4), random.Next(0, 900_000), citizens)]);
    }
}
