using Vc2.CaseWork.Progress;

namespace Vc2.Steering.Evaluation.Analysis;

/// <summary>One participant as the analysis sees them: a pseudonym (never a CPR number or a name), the job centre, the
/// result (a verified job, flexjob or education result from the grant engine), each respondent's mean baseline score and
/// change since (mean over the dimensions; null when the respondent never answered twice), and the characteristics
/// the fair comparison adjusts for.</summary>
public sealed record ParticipantFacts(
    string Pseudonym,
    string JobCentre,
    bool Result,
    IReadOnlyDictionary<Respondent, double> Baseline,
    IReadOnlyDictionary<Respondent, double> Change,
    bool Ressourceforloeb,
    int AgeBand,
    bool Female,
    int WeeksOnBenefitBefore,
    IReadOnlyList<DimensionScore>? Dimensions = null);

/// <summary>One respondent's nulpunkt on one dimension and the change to their last answer (null after one answer).</summary>
public sealed record DimensionScore(Respondent Respondent, string Dimension, double Baseline, double? Change);

/// <summary>
/// Progression against outcomes (ADR 0026, section 1): the share with a result by baseline level and by change, per
/// respondent, with counts and Wilson intervals; a logistic model of result on each respondent's baseline and change
/// with the citizen's characteristics; and whose ratings predict results best — the question the three-respondent
/// design exists to answer — by McFadden's pseudo-R² of each respondent's model on the citizens all three rated.
/// </summary>
public static class ProgressionAndOutcomes
{
    /// <summary>Below this pseudo-R² no respondent is said to predict results (the figure is still shown).</summary>
    public const double ClearFit = 0.02;

    public sealed record Band(string Name, Share Results);

    public sealed record RespondentFindings(Respondent Respondent, IReadOnlyList<Band> ByBaseline, IReadOnlyList<Band> ByChange, LogisticModel? Model, double? PseudoR2);

    /// <summary>The share with a result in one group of one dimension as one respondent rated it.</summary>
    public sealed record DimensionBand(Respondent Respondent, string Dimension, string Group, Share Results);

    public sealed record Findings(int Citizens, Share Results, IReadOnlyList<RespondentFindings> ByRespondent, Respondent? BestPredictor, string Summary,
        IReadOnlyList<DimensionBand>? ByDimension = null);

    private static readonly string[] Levels = ["lav (1–3)", "mellem (4–7)", "høj (8–10)"];
    private static readonly string[] Changes = ["faldet mindst 1", "uændret (±1)", "steget mindst 1"];

    /// <summary>Baseline on the 1–10 scale in three levels.</summary>
    public static string BaselineLevel(double score) => Levels[LevelIndex(score)];

    /// <summary>Change since the baseline in three bands of at least one point.</summary>
    public static string ChangeBand(double change) => Changes[ChangeIndex(change)];

    // The bands are ordered low to high (not by their names) in every table.
    private static int LevelIndex(double score) => score < 4 ? 0 : score < 8 ? 1 : 2;

    private static int ChangeIndex(double change) => change <= -1 ? 0 : change >= 1 ? 2 : 1;

    public static Findings Analyse(IReadOnlyList<ParticipantFacts> citizens)
    {
        ArgumentNullException.ThrowIfNull(citizens);
        var byRespondent = new List<RespondentFindings>();
        // The predictors are compared on the same citizens: those all three respondents rated twice.
        var common = citizens.Where(c => Enum.GetValues<Respondent>().All(r => c.Baseline.ContainsKey(r) && c.Change.ContainsKey(r))).ToList();
        foreach (var respondent in Enum.GetValues<Respondent>())
        {
            var rated = citizens.Where(c => c.Baseline.ContainsKey(respondent) && c.Change.ContainsKey(respondent)).ToList();
            var byBaseline = rated.GroupBy(c => LevelIndex(c.Baseline[respondent])).OrderBy(g => g.Key)
                .Select(g => new Band(Levels[g.Key], new Share(g.Count(c => c.Result), g.Count()))).ToList();
            var byChange = rated.GroupBy(c => ChangeIndex(c.Change[respondent])).OrderBy(g => g.Key)
                .Select(g => new Band(Changes[g.Key], new Share(g.Count(c => c.Result), g.Count()))).ToList();
            var model = rated.Count >= 20 && rated.Any(c => c.Result) && rated.Any(c => !c.Result) ? Fit(rated, respondent) : null;
            double? r2 = null;
            if (common.Count >= 20 && common.Any(c => c.Result) && common.Any(c => !c.Result))
            {
                var onCommon = LogisticModel.Fit(["nulpunkt", "ændring"], [.. common.Select(c => new[] { c.Baseline[respondent], c.Change[respondent] })], [.. common.Select(c => c.Result)]);
                r2 = 1 - (onCommon.LogLikelihood / NullLogLikelihood(common));
            }

            byRespondent.Add(new RespondentFindings(respondent, byBaseline, byChange, model, r2));
        }

        var best = byRespondent.Where(r => r.PseudoR2 is not null).OrderByDescending(r => r.PseudoR2).FirstOrDefault();
        var results = new Share(citizens.Count(c => c.Result), citizens.Count);
        return new Findings(citizens.Count, results, byRespondent, best?.Respondent, Summarise(byRespondent, best), ByDimension(citizens));
    }

    /// <summary>The share with a result by nulpunkt level and by change, in each dimension as each respondent rated it —
    /// the same bands as the means over the dimensions, so a dimension that carries the link shows where it sits.</summary>
    private static List<DimensionBand> ByDimension(IReadOnlyList<ParticipantFacts> citizens)
    {
        var scored = citizens.SelectMany(c => (c.Dimensions ?? []).Select(d => (c.Result, d))).ToList();
        return scored.GroupBy(x => (x.d.Respondent, x.d.Dimension)).OrderBy(g => g.Key.Respondent).ThenBy(g => g.Key.Dimension, StringComparer.Ordinal)
            .SelectMany(g =>
                g.GroupBy(x => LevelIndex(x.d.Baseline)).OrderBy(b => b.Key).Select(b => (Name: "Nulpunkt " + Levels[b.Key], Rows: b.ToList()))
                    .Concat(g.Where(x => x.d.Change is not null).GroupBy(x => ChangeIndex(x.d.Change!.Value)).OrderBy(b => b.Key)
                        .Select(b => (Name: "Ændring " + Changes[b.Key], Rows: b.ToList())))
                    .Select(b => new DimensionBand(g.Key.Respondent, g.Key.Dimension, b.Name, new Share(b.Rows.Count(x => x.Result), b.Rows.Count))))
            .ToList();
    }

    private static LogisticModel Fit(List<ParticipantFacts> rated, Respondent respondent) =>
        LogisticModel.Fit(
            ["nulpunkt", "ændring", "ressourceforløb", "aldersgruppe", "kvinde", "uger på ydelse før"],
            [.. rated.Select(c => new[] { c.Baseline[respondent], c.Change[respondent], c.Ressourceforloeb ? 1 : 0, c.AgeBand, c.Female ? 1 : 0, c.WeeksOnBenefitBefore / 52.0 })],
            [.. rated.Select(c => c.Result)]);

    private static double NullLogLikelihood(List<ParticipantFacts> rows)
    {
        var p = rows.Count(c => c.Result) / (double)rows.Count;
        return rows.Sum(c => c.Result ? Math.Log(p) : Math.Log(1 - p));
    }

    private static string Genitive(Respondent respondent) => respondent switch
    {
        Respondent.Citizen => "Borgerens",
        Respondent.Mentor => "Mentorens",
        _ => "Sagsbehandlerens",
    };

    /// <summary>The findings in plain Danish, for the report beside the tables.</summary>
    private static string Summarise(List<RespondentFindings> byRespondent, RespondentFindings? best)
    {
        if (best is null)
        {
            return "Der er for få borgere med svar fra alle tre respondenter til at sammenligne, hvis vurderinger bedst forudsiger et resultat.";
        }

        if (best.PseudoR2 < ClearFit)
        {
            return $"Ingen af de tre respondenters vurderinger forudsiger tydeligt, om borgeren får job, fleksjob eller uddannelse (forklaringsgrad højst {best.PseudoR2:0.00}).";
        }

        var change = best.Model?.Coefficients.FirstOrDefault(c => c.Name == "ændring");
        var effect = change is null
            ? ""
            : change.Lower > 0
                ? $" Hvert point, {Genitive(best.Respondent).ToLowerInvariant()} vurdering stiger, ganger oddsene for et resultat med {change.OddsRatio:0.00} (95 %-interval {Math.Exp(change.Lower):0.00}–{Math.Exp(change.Upper):0.00})."
                : " Sammenhængen mellem ændringen og et resultat er ikke sikker (intervallet omfatter ingen sammenhæng).";
        return $"{Genitive(best.Respondent)} vurderinger forudsiger bedst, om borgeren får job, fleksjob eller uddannelse "
               + $"(forklaringsgrad {best.PseudoR2:0.00} mod {string.Join(" og ", byRespondent.Where(r => r != best && r.PseudoR2 is not null).Select(r => $"{RespondentNames.Danish(r.Respondent).ToLowerInvariant()} {r.PseudoR2:0.00}"))})."
               + effect;
    }
}
