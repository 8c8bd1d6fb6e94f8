using Vc2.CaseWork.Progress;

namespace Vc2.Steering.Evaluation;

/// <summary>What an evaluation snapshot holds, per job centre; the programme totals are summed from these when the
/// report is rendered.</summary>
public sealed record EvaluationData(EvaluationKind Kind, DateOnly AsOf, string InstrumentName, int InstrumentVersion, IReadOnlyList<DimensionLabel> Dimensions,
    IReadOnlyList<CentreData> JobCentres, EvaluationAnalysis? Analysis = null);

/// <summary>The analyses of ADR 0026, computed when the snapshot is taken and frozen with it (a snapshot taken before
/// them has none): progression against results, the job centres compared on equal terms, and the effect against the
/// register comparison group (null in a snapshot taken before it was built).</summary>
public sealed record EvaluationAnalysis(Analysis.ProgressionAndOutcomes.Findings Progression, Analysis.FairComparison.Findings Centres, EffectEstimate? Effect = null,
    IReadOnlyList<CentreProgression>? ByJobCentre = null);

/// <summary>Progression against results on one job centre's citizens alone, for its own report.</summary>
public sealed record CentreProgression(string MunicipalityNumber, Analysis.ProgressionAndOutcomes.Findings Progression);

/// <summary>A dimension's key and name, frozen with the snapshot so the report never reads the instrument files.</summary>
public sealed record DimensionLabel(string Key, string Name);

public sealed record CentreData(
    string Name,
    string MunicipalityNumber,
    int Participants,
    IReadOnlyList<GroupRow> ByTargetGroup,
    IReadOnlyList<HoldepunktSummary> Holdepunkter,
    ProgressFigures.Figures Progress,
    IReadOnlyDictionary<string, int> InJobOrEducationNow,
    IReadOnlyDictionary<string, int> ResultsAfter13Weeks,
    int ResultsPending,
    ProgressionByOutcome ProgressionByOutcome,
    IReadOnlyList<CompanyRow> ByCompany);

/// <summary>One target group: participants, how many had a course, how many reached three months, and results after 13 weeks.</summary>
public sealed record GroupRow(string TargetGroup, int Participants, int WithCourse, int ReachedThreeMonths, int ResultsAfter13Weeks);

public sealed record HoldepunktSummary(int Number, string Title, string Status, IReadOnlyList<IndicatorSummary> Indicators);

public sealed record IndicatorSummary(string Text, string Value, string Status);

/// <summary>The citizens' own average change since the baseline (all dimensions), for those with a result after 13
/// weeks and for the others.</summary>
public sealed record ProgressionByOutcome(int WithResult, decimal? ChangeWithResult, int WithoutResult, decimal? ChangeWithoutResult);

public sealed record CompanyRow(string Company, int Placements, int Citizens, int ReachedThreeMonths, int ResultsAfter13Weeks);
