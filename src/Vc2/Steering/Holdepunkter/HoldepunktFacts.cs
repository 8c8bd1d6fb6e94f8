using Vc2.Steering.Organisation;
using Vc2.CaseWork.Progress;
namespace Vc2.Steering.Holdepunkter;

/// <summary>What the indicators need about one citizen. <c>Label</c> is what a drill-down shows (a name for the job
/// centre's own staff, nothing personal for the agency) and <c>Link</c> where it leads, if anywhere.</summary>
public sealed record CitizenFacts(Guid Id, string Label, string? Link, bool HasCoordinatingCaseworker, bool HasPersonalMentor, bool HasExitStrategy);

public sealed record PlacementFacts(Guid Id, Guid CitizenId, Guid CompanyId, string Label, string? Link, DateOnly Start, DateOnly? End, bool UnderContract,
    IReadOnlyList<(DateOnly From, DateOnly? To)> Mentors, bool HasAcceptedAgreement, IReadOnlyList<DateOnly> FollowUps, DateOnly? LastNextDate);

public sealed record ContractFacts(Guid CompanyId, int Places, DateOnly From, DateOnly To);

public sealed record CompanyFacts(Guid Id, string Name, string? Link, bool HasFixedContact, bool HasPlacements);

public sealed record MentorFacts(Guid Id, string Name, bool Trained, bool HasPlacements);

public sealed record QuarterFacts(string Name, bool Ended, int Meetings);

/// <summary>Due progress measurements of one respondent, and how many are answered.</summary>
public sealed record RespondentCompleteness(Respondent Respondent, int Due, int Answered);

/// <summary>Everything one job centre's holdepunkter are measured on, as of <c>Today</c>. <c>FollowUpIntervalDays</c>
/// is the job centre's own interval; <c>MinimumParticipants</c> its committed number (or the minimum without one).</summary>
public sealed record HoldepunktFacts(
    DateOnly Today,
    int FollowUpIntervalDays,
    int ExpectedParticipantsByNow,
    int MinimumParticipants,
    IReadOnlyList<CitizenFacts> Citizens,
    IReadOnlyList<PlacementFacts> Placements,
    IReadOnlyList<ContractFacts> Contracts,
    IReadOnlyList<CompanyFacts> Companies,
    IReadOnlyList<MentorFacts> Mentors,
    IReadOnlyList<QuarterFacts> Quarters,
    string? ProjectLeader,
    int GroupMembers,
    int PlanVersions,
    int MeasurementsDue,
    int MeasurementsAnswered,
    IReadOnlyList<(string Label, string? Link)> OverdueMeasurements,
    IReadOnlyList<RespondentCompleteness> ByRespondent,
    PlanReview? PlanState);
