namespace Vc2.Steering.Evaluation.Analysis;

/// <summary>
/// A fair comparison of job centres (issue 19, point 2) by indirect standardisation: one logistic model of a result on
/// the citizen mix alone (target group, age band, sex, time on benefits before enrolment, the citizen's baseline) over
/// all job centres; a centre's expected results are the sum of its citizens' predicted probabilities. Observed against
/// expected, with the funnel limits of the expected share (±1.96 standard errors of a sum of Bernoulli trials), so a
/// centre is only "below" or "above" when chance cannot explain it. Below <see cref="Share.MinimumCount"/> citizens a
/// centre's figures are suppressed.
/// </summary>
public static class FairComparison
{
    public sealed record Centre(string JobCentre, int Citizens, int Observed, double Expected, double Lower, double Upper, bool Suppressed)
    {
        /// <summary>Observed over expected: above 1 better than the mix predicts.</summary>
        public double? Ratio => Suppressed || Expected <= 0 ? null : Observed / Expected;

        /// <summary>"under", "over" or "som forventet" — outside the funnel limits or not.</summary>
        public string Verdict => Suppressed ? "for få borgere" : Observed < Lower ? "under det forventede" : Observed > Upper ? "over det forventede" : "som forventet";
    }

    public sealed record Findings(LogisticModel? MixModel, IReadOnlyList<Centre> Centres);

    public static readonly IReadOnlyList<string> MixNames = ["ressourceforløb", "aldersgruppe", "kvinde", "år på ydelse før", "borgerens nulpunkt"];

    public static double[] Mix(ParticipantFacts c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return [c.Ressourceforloeb ? 1 : 0, c.AgeBand, c.Female ? 1 : 0, c.WeeksOnBenefitBefore / 52.0,
            c.Baseline.TryGetValue(CaseWork.Progress.Respondent.Citizen, out var b) ? b : 5.5];
    }

    public static Findings Compare(IReadOnlyList<ParticipantFacts> citizens)
    {
        ArgumentNullException.ThrowIfNull(citizens);
        if (citizens.Count < 20 || citizens.All(c => c.Result) || citizens.All(c => !c.Result))
        {
            return new Findings(null, citizens.GroupBy(c => c.JobCentre).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Centre(g.Key, g.Count(), g.Count(c => c.Result), 0, 0, 0, true)).ToList()); // no model: nothing to expect
        }

        var model = LogisticModel.Fit(MixNames, [.. citizens.Select(Mix)], [.. citizens.Select(c => c.Result)]);
        var centres = citizens.GroupBy(c => c.JobCentre).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var p = g.Select(c => model.Predict(Mix(c))).ToList();
            var expected = p.Sum();
            var sd = Math.Sqrt(p.Sum(q => q * (1 - q)));
            return new Centre(g.Key, g.Count(), g.Count(c => c.Result), expected, expected - (1.959963984540054 * sd), expected + (1.959963984540054 * sd),
                g.Count() < Share.MinimumCount);
        }).ToList();
        return new Findings(model, centres);
    }
}
