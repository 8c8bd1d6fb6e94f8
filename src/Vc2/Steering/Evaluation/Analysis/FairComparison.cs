namespace Vc2.Steering.Evaluation.Analysis;

/// <summary>
/// A fair comparison of job centres (ADR 0026, section 2) by indirect standardisation: one logistic model of a result on
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
        public string Verdict => VerdictOf(Suppressed, Observed, Lower, Upper);
    }

    /// <summary>A centre's citizens' own mean change since the nulpunkt against what the mix predicts (a linear model
    /// over all centres; limits ±1.96 residual standard deviations over the square root of the centre's count).</summary>
    public sealed record ProgressionCentre(string JobCentre, int Citizens, double Observed, double Expected, double Lower, double Upper, bool Suppressed)
    {
        public string Verdict => VerdictOf(Suppressed, Observed, Lower, Upper);
    }

    /// <summary>A centre is "under" or "over det forventede" only outside the limits chance allows.</summary>
    private static string VerdictOf(bool suppressed, double observed, double lower, double upper) =>
        suppressed ? "for få borgere" : observed < lower ? "under det forventede" : observed > upper ? "over det forventede" : "som forventet";

    public sealed record Findings(LogisticModel? MixModel, IReadOnlyList<Centre> Centres, IReadOnlyList<ProgressionCentre>? Progression = null);

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
                .Select(g => new Centre(g.Key, g.Count(), g.Count(c => c.Result), 0, 0, 0, true)).ToList(), CompareProgression(citizens)); // no model: nothing to expect
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
        return new Findings(model, centres, CompareProgression(citizens));
    }

    /// <summary>Observed against expected progression: the citizen's own mean change over the dimensions, expected from
    /// the same mix by least squares (the nulpunkt among it, so a centre whose citizens start low is not credited with
    /// the rise that low starts have anyway).</summary>
    public static IReadOnlyList<ProgressionCentre> CompareProgression(IReadOnlyList<ParticipantFacts> citizens)
    {
        ArgumentNullException.ThrowIfNull(citizens);
        var rated = citizens.Where(c => c.Change.ContainsKey(CaseWork.Progress.Respondent.Citizen)).ToList();
        var groups = rated.GroupBy(c => c.JobCentre).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (rated.Count < 20)
        {
            return [.. groups.Select(g => new ProgressionCentre(g.Key, g.Count(), g.Average(c => c.Change[CaseWork.Progress.Respondent.Citizen]), 0, 0, 0, true))];
        }

        var x = rated.Select(c => (double[])[1, .. Mix(c)]).ToArray();
        var y = rated.Select(c => c.Change[CaseWork.Progress.Respondent.Citizen]).ToArray();
        // A small ridge keeps the fit defined when the mix nearly repeats itself (as target group and weeks on benefit do).
        var design = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowArrays(x);
        var ridge = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseDiagonal(x[0].Length, x[0].Length, i => i == 0 ? 0 : 1e-6);
        var beta = (design.TransposeThisAndMultiply(design) + ridge).Solve(design.TransposeThisAndMultiply(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(y)));
        double Predict(ParticipantFacts c) => beta[0] + Mix(c).Select((v, i) => v * beta[i + 1]).Sum();
        var residualSd = Math.Sqrt(rated.Sum(c => Math.Pow(c.Change[CaseWork.Progress.Respondent.Citizen] - Predict(c), 2)) / Math.Max(1, rated.Count - x[0].Length));
        return [.. groups.Select(g =>
        {
            var expected = g.Average(Predict);
            var half = 1.959963984540054 * residualSd / Math.Sqrt(g.Count());
            return new ProgressionCentre(g.Key, g.Count(), g.Average(c => c.Change[CaseWork.Progress.Respondent.Citizen]), expected, expected - half, expected + half,
                g.Count() < Share.MinimumCount);
        })];
    }
}
