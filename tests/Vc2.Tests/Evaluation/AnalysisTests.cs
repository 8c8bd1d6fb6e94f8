using System.Text.Json;
using System.Text.RegularExpressions;
using Vc2.CaseWork.Progress;
using Vc2.Rules.Model;
using Vc2.Steering.Evaluation.Analysis;

namespace Vc2.Tests.Evaluation;

/// <summary>The evaluation's analyses (ADR 0026) on constructed data with a known answer: each test plants an effect and
/// checks that the analysis finds it — and, for the fair comparison, that it does not find one that is not there.</summary>
public sealed partial class AnalysisTests
{
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static bool Bernoulli(Random random, double logit) => random.NextDouble() < 1 / (1 + Math.Exp(-logit));

    /// <summary>A register person who, week by week, is on benefit with probability <paramref name="history"/> and
    /// otherwise self-supporting — before and after <paramref name="start"/> alike, so what happens after a start is
    /// foretold by the history before it. A participant gets <paramref name="plantedWeeks"/> more self-supporting weeks
    /// within the 52 after the start.</summary>
    private static RegisterPerson Person(Random random, string pseudonym, string municipality, int ageBand, bool female, int start, double history, int plantedWeeks = 0)
    {
        const int first = 0, length = 260;
        var weeks = new BenefitCategory[length];
        for (var w = first; w < length; w++)
        {
            weeks[w] = random.NextDouble() < history ? BenefitCategory.Kontanthjaelp : BenefitCategory.None;
        }

        weeks[start - 1] = BenefitCategory.Kontanthjaelp;
        foreach (var w in Enumerable.Range(start, 52).Where(w => weeks[w] != BenefitCategory.None).OrderBy(_ => random.Next()).Take(plantedWeeks))
        {
            weeks[w] = BenefitCategory.None;
        }

        return new RegisterPerson(pseudonym, municipality, ageBand, female, first, weeks);
    }

    [Fact]
    public void A_planted_effect_of_four_self_supporting_weeks_is_recovered_within_its_interval()
    {
        var random = new Random(20261206);
        string[] municipalities = ["751", "461"];
        var comparison = Enumerable.Range(0, 4000).Select(i =>
            Person(random, $"K{i:D5}", municipalities[i % 2], i % 4, i % 3 == 0, 150, 0.6 + (0.4 * random.NextDouble()))).ToList();
        // Participants were chosen among the heaviest histories: a naive comparison with everyone would be unfair.
        var participants = Enumerable.Range(0, 400).Select(i =>
        {
            var start = 130 + (i % 20);
            return new ComparisonMatching.Participant(
                Person(random, $"D{i:D5}", municipalities[i % 2], i % 4, i % 3 == 0, start, 0.75 + (0.25 * random.NextDouble()), plantedWeeks: 4), start);
        }).ToList();

        var findings = ComparisonMatching.Match(participants, comparison);

        var year = findings.SelfSupportingWeeks.Single(e => e.Weeks == 52);
        Assert.True(year.Lower <= 4 && 4 <= year.Upper, $"52 weeks: {year.Difference:0.00} ({year.Lower:0.00}–{year.Upper:0.00}); participants {year.ParticipantMean:0.0}, matched {year.ComparisonMean:0.0}");
        Assert.InRange(year.Difference, 3, 5);
        Assert.Equal(400, findings.Matched);
        // Matching made the groups alike in benefit history; before it they were not.
        var history = findings.BalanceTable.Single(b => b.Name.StartsWith("uger på ydelse i de 104", StringComparison.Ordinal));
        Assert.True(Math.Abs(history.DifferenceAfter) < 0.1, $"after matching the histories differ by {history.DifferenceAfter:0.00} SD");
        Assert.True(Math.Abs(history.DifferenceBefore) > 0.5, $"before matching the histories differ by {history.DifferenceBefore:0.00} SD");
        // The naive comparison with everyone would have been far off the planted four weeks.
        var naive = year.ParticipantMean - comparison.Average(c => c.WeeksSelfSupporting(140, 52));
        Assert.True(naive < 2, $"naive difference {naive:0.00}");
    }

    [Fact]
    public void A_participant_without_benefit_in_the_week_before_the_start_is_left_unmatched_not_counted_as_self_supporting()
    {
        // A participant enrolled after the register import that held their history has no weeks at all: read as "no
        // benefit", they would look self-supporting throughout. The same condition as for the comparison persons —
        // on benefit in the week before the start — leaves them out.
        var random = new Random(2);
        var comparison = Enumerable.Range(0, 50).Select(i => Person(random, $"K{i:D5}", "751", 1, true, 150, 1.0)).ToList();
        var missing = new RegisterPerson("D00001", "751", 1, true, 0, new BenefitCategory[260]);
        var present = Person(random, "D00002", "751", 1, true, 150, 1.0);

        var findings = ComparisonMatching.Match([new(missing, 150), new(present, 150)], comparison);

        Assert.Equal((1, 1), (findings.Matched, findings.Unmatched));
        Assert.Equal(0, findings.SelfSupportingWeeks.Single(e => e.Weeks == 26).ParticipantMean);
    }

    private static List<ParticipantFacts> Citizens(Random random, int n, Func<int, (string Centre, bool Ressourceforloeb)> who, Func<double, ParticipantFacts, double> logit)
    {
        var list = new List<ParticipantFacts>();
        for (var i = 0; i < n; i++)
        {
            var progress = Normal(random); // the citizen's true progress, which no respondent sees exactly
            var (centre, ressourceforloeb) = who(i);
            var baseline = new Dictionary<Respondent, double>
            {
                [Respondent.Citizen] = 3 + (5 * random.NextDouble()), [Respondent.Mentor] = 3 + (5 * random.NextDouble()), [Respondent.Caseworker] = 3 + (5 * random.NextDouble()),
            };
            var change = new Dictionary<Respondent, double>
            {
                [Respondent.Citizen] = (0.2 * progress) + Normal(random),
                [Respondent.Mentor] = progress + (0.3 * Normal(random)),
                [Respondent.Caseworker] = Normal(random),
            };
            var citizen = new ParticipantFacts($"P{i:D5}", centre, false, baseline, change, ressourceforloeb, i % 4, i % 2 == 0, 104 + (i % 52));
            list.Add(citizen with { Result = Bernoulli(random, logit(progress, citizen)) });
        }

        return list;
    }

    [Fact]
    public void Planted_mentor_ratings_that_predict_results_are_found()
    {
        var random = new Random(19);
        var citizens = Citizens(random, 600, i => (i % 2 == 0 ? "Aarhus" : "Odense", i % 3 == 0), (progress, _) => -0.5 + (1.5 * progress));

        var findings = ProgressionAndOutcomes.Analyse(citizens);

        Assert.Equal(Respondent.Mentor, findings.BestPredictor);
        var mentor = findings.ByRespondent.Single(r => r.Respondent == Respondent.Mentor);
        var change = mentor.Model!.Coefficients.Single(c => c.Name == "ændring");
        Assert.True(change.Lower > 0, $"the mentor's change: {change.Estimate:0.00} ({change.Lower:0.00}–{change.Upper:0.00})");
        var caseworker = findings.ByRespondent.Single(r => r.Respondent == Respondent.Caseworker).Model!.Coefficients.Single(c => c.Name == "ændring");
        Assert.InRange(0.0, caseworker.Lower, caseworker.Upper);
        Assert.StartsWith("Mentorens vurderinger forudsiger bedst", findings.Summary, StringComparison.Ordinal);
        // Those whose mentor saw them rise at least a point got a result more often than those who fell.
        var rose = mentor.ByChange.Single(b => b.Name == "steget mindst 1").Results.Value!.Value;
        var fell = mentor.ByChange.Single(b => b.Name == "faldet mindst 1").Results.Value!.Value;
        Assert.True(rose > fell + 0.3, $"rose {rose:P0}, fell {fell:P0}");
    }

    [Fact]
    public void A_job_centre_with_a_harder_mix_is_not_ranked_below_an_equal_centre_with_an_easier_mix()
    {
        var random = new Random(7);
        // Two centres of 400: "Hård" has four in five citizens in ressourceforløb, "Let" one in five; neither does better
        // or worse than its mix predicts.
        double Logit(ParticipantFacts c) => 0.6 - (1.8 * (c.Ressourceforloeb ? 1 : 0)) - (c.JobCentre == "Svag" ? 1.2 : 0);
        var citizens = Citizens(random, 800, i => i % 2 == 0 ? ("Hård", random.NextDouble() < 0.8) : ("Let", random.NextDouble() < 0.2), (_, c) => Logit(c));

        var findings = FairComparison.Compare(citizens);

        var hard = findings.Centres.Single(c => c.JobCentre == "Hård");
        var easy = findings.Centres.Single(c => c.JobCentre == "Let");
        var all = string.Join("; ", findings.Centres.Select(c => $"{c.JobCentre}: {c.Observed} af {c.Citizens}, forventet {c.Expected:0.0} ({c.Lower:0.0}–{c.Upper:0.0}) {c.Verdict}"));
        Assert.True(hard.Observed < easy.Observed - 80, $"the raw figures would rank Hård last: {all}");
        Assert.True(hard.Verdict == "som forventet" && easy.Verdict == "som forventet", all);
        Assert.True(Math.Abs(hard.Ratio!.Value - easy.Ratio!.Value) < 0.2, all);

        // A third centre with the easy mix that really does worse is found below what its mix predicts; Hård is not.
        var withWeak = citizens.Concat(Citizens(new Random(8), 400, _ => ("Svag", random.NextDouble() < 0.2), (_, c) => Logit(c))
            .Select(c => c with { Pseudonym = "S" + c.Pseudonym })).ToList();
        var three = FairComparison.Compare(withWeak);
        var verdicts = string.Join("; ", three.Centres.Select(c => $"{c.JobCentre}: {c.Observed}/{c.Expected:0.0} {c.Verdict}"));
        Assert.True(three.Centres.Single(c => c.JobCentre == "Svag").Verdict == "under det forventede", verdicts);
        Assert.True(three.Centres.Single(c => c.JobCentre == "Hård").Verdict != "under det forventede", verdicts);
    }

    [Fact]
    public void Small_job_centres_are_suppressed_and_the_same_data_give_byte_identical_output_without_a_cpr_number_or_name()
    {
        var citizens = Citizens(new Random(3), 300, i => (i < 4 ? "Lille" : "Stor", i % 2 == 0), (p, _) => p);
        var first = JsonSerializer.Serialize(new { Progress = ProgressionAndOutcomes.Analyse(citizens), Centres = FairComparison.Compare(citizens) });
        var again = JsonSerializer.Serialize(new { Progress = ProgressionAndOutcomes.Analyse([.. citizens]), Centres = FairComparison.Compare([.. citizens]) });

        Assert.Equal(first, again);
        Assert.True(FairComparison.Compare(citizens).Centres.Single(c => c.JobCentre == "Lille").Suppressed);
        Assert.DoesNotMatch(Cpr(), first);
    }

    [Fact]
    public void A_centre_whose_citizens_start_low_is_not_credited_with_the_rise_low_starts_have_anyway()
    {
        var random = new Random(5);
        // The true change falls with the nulpunkt (regression to the mean); "Lav" has citizens who start low, "Høj" high;
        // neither adds anything. "Svag" starts like "Høj" but its citizens rise a point less.
        ParticipantFacts Citizen(int i, string centre, double baseline, double handicap)
        {
            var change = 3 - (0.4 * baseline) - handicap + (0.8 * Normal(random));
            return new ParticipantFacts($"{centre}{i:D4}", centre, false, new Dictionary<Respondent, double> { [Respondent.Citizen] = baseline },
                new Dictionary<Respondent, double> { [Respondent.Citizen] = change }, i % 2 == 0, i % 4, i % 3 == 0, 104);
        }

        var citizens = Enumerable.Range(0, 150).Select(i => Citizen(i, "Lav", 2 + (2 * random.NextDouble()), 0))
            .Concat(Enumerable.Range(0, 150).Select(i => Citizen(i, "Høj", 6 + (2 * random.NextDouble()), 0)))
            .Concat(Enumerable.Range(0, 150).Select(i => Citizen(i, "Svag", 6 + (2 * random.NextDouble()), 1))).ToList();

        var centres = FairComparison.CompareProgression(citizens).ToDictionary(c => c.JobCentre);

        var all = string.Join("; ", centres.Values.Select(c => $"{c.JobCentre}: {c.Observed:0.00} mod {c.Expected:0.00} ({c.Lower:0.00}–{c.Upper:0.00}) {c.Verdict}"));
        Assert.True(centres["Lav"].Observed > centres["Høj"].Observed + 1, $"raw change would favour Lav: {all}");
        Assert.Equal("som forventet", centres["Lav"].Verdict);
        Assert.NotEqual("under det forventede", centres["Høj"].Verdict);
        Assert.Equal("under det forventede", centres["Svag"].Verdict);
    }

    [Fact]
    public void The_dimension_that_carries_the_link_to_results_shows_it_and_the_others_do_not()
    {
        var random = new Random(11);
        var citizens = Enumerable.Range(0, 200).Select(i =>
        {
            var result = i % 4 == 0;
            var scores = new Dictionary<Respondent, double> { [Respondent.Mentor] = 5 };
            return new ParticipantFacts($"D{i:D5}", "Alfa", result, scores, new Dictionary<Respondent, double> { [Respondent.Mentor] = 0 }, false, 1, false, 104,
            [
                new DimensionScore(Respondent.Mentor, "attendance", 4, result ? 2 : 0),
                new DimensionScore(Respondent.Mentor, "cooperation", 4, random.Next(-2, 3)),
                new DimensionScore(Respondent.Citizen, "confidence", 6, null),
            ]);
        }).ToList();

        var bands = ProgressionAndOutcomes.Analyse(citizens).ByDimension!;

        var rose = bands.Single(b => b is { Respondent: Respondent.Mentor, Dimension: "attendance", Group: "Ændring steget mindst 1" });
        Assert.Equal((50, 50), (rose.Results.Count, rose.Results.Of));
        Assert.Equal(0, bands.Single(b => b is { Respondent: Respondent.Mentor, Dimension: "attendance", Group: "Ændring uændret (±1)" }).Results.Count);
        Assert.All(bands.Where(b => b.Dimension == "cooperation" && b.Results.Of >= 30), b => Assert.InRange(b.Results.Value!.Value, 0.1, 0.4));
        // One answer gives a nulpunkt band but no change band.
        Assert.Equal(["Nulpunkt mellem (4–7)"], bands.Where(b => b.Dimension == "confidence").Select(b => b.Group));
    }

    [GeneratedRegex(@"(?<![\d.])\d{6}-?\d{4}(?![\d.])")]
    private static partial Regex Cpr();
}
